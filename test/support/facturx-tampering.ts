import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

// Broken copies of a Factur-X PDF, each missing one thing the validators must require.

/** The same PDF without its associated file (catalog /AF and the EmbeddedFiles name tree), XMP untouched. */
export async function withoutEmbeddedXml(pdf: Buffer): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.catalog.delete(PDFName.of('AF'));
  document.catalog.lookup(PDFName.of('Names'), PDFDict).delete(PDFName.of('EmbeddedFiles'));
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** One XMP value swapped for another of the same length, so the cross-reference table stays exact. */
export function withXmpReplaced(pdf: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('The replacement must keep the byte length');
  const text = pdf.toString('latin1');
  if (!text.includes(from)) throw new Error(`The PDF has no "${from}" to replace`);
  return Buffer.from(text.replace(from, to), 'latin1');
}
