import { AFRelationship, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from 'pdf-lib';
import { FACTUR_X_FILE_NAME } from './factur-x';
import { withFacturXDescriptions, type FacturXMetadata } from './facturx-xmp';

// Turns the PDF/A-3b LibreOffice renders into a Factur-X file: the CII XML as an associated file, declared in the XMP.

export interface FacturXAttachment extends FacturXMetadata {
  /** The CII XML, UTF-8. */
  xml: string | Buffer;
  /** Data: the PDF is the legal invoice and the XML its data; Alternative: both are the invoice. */
  relationship: 'Data' | 'Alternative';
  /** When the XML was produced: the embedded file's ModDate. */
  modifiedAt: Date;
}

/** Pure: the same PDF bytes with factur-x.xml attached (/AF on the catalog) and the Factur-X XMP; Info, ID and OutputIntent kept. */
export async function embedFacturX(pdf: Buffer, attachment: FacturXAttachment): Promise<Buffer> {
  // updateMetadata false: pdf-lib would otherwise rewrite Info's Producer and dates, which the XMP must mirror.
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  await document.attach(Buffer.from(attachment.xml), FACTUR_X_FILE_NAME, {
    mimeType: 'text/xml',
    description: `Factur-X ${attachment.conformanceLevel} invoice data (CII)`,
    creationDate: attachment.modifiedAt,
    modificationDate: attachment.modifiedAt,
    afRelationship: AFRelationship[attachment.relationship],
  });
  setMetadata(document, withFacturXDescriptions(readMetadata(document), attachment));
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

function readMetadata(document: PDFDocument): string {
  // pdf-lib loads bytes without a catalog (not a PDF at all) without complaining: say what is wrong.
  const stream = document.catalog?.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) {
    throw new Error('The PDF has no XMP metadata stream: it is not the PDF/A LibreOffice renders');
  }
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
}

// Uncompressed, like LibreOffice's (XMP readers and our tests find the packet in the raw bytes), in the same object.
function setMetadata(document: PDFDocument, xmp: string): void {
  const stream: PDFStream = document.context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  const ref = document.catalog.get(PDFName.of('Metadata'));
  if (ref instanceof PDFRef) {
    document.context.assign(ref, stream);
  } else {
    document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
  }
}
