import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

// Reading a Factur-X PDF's embedded XML, and broken copies each missing one thing the validators must require.

const load = (pdf: Buffer) => PDFDocument.load(pdf, { updateMetadata: false });

/** The XML of the first associated file (catalog /AF), as a receiving platform extracts it. */
export async function embeddedXml(pdf: Buffer): Promise<string> {
  const spec = (await load(pdf)).catalog.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict);
  const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) {
    throw new Error('The associated file has no embedded stream');
  }
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
}

/** The same PDF without its associated file (catalog /AF and the EmbeddedFiles name tree), XMP untouched. */
export async function withoutEmbeddedXml(pdf: Buffer): Promise<Buffer> {
  const document = await load(pdf);
  document.catalog.delete(PDFName.of('AF'));
  document.catalog.lookup(PDFName.of('Names'), PDFDict).delete(PDFName.of('EmbeddedFiles'));
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** One XMP value swapped for another of the same length, so the cross-reference table stays exact. */
export function withXmpReplaced(pdf: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) {
    throw new Error('The replacement must keep the byte length');
  }
  const text = pdf.toString('latin1');
  if (!text.includes(from)) {
    throw new Error(`The PDF has no "${from}" to replace`);
  }
  return Buffer.from(text.replace(from, to), 'latin1');
}
