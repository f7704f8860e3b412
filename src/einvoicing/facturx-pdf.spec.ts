import path from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  PDFHexString,
  decodePDFRawStream,
} from 'pdf-lib';
import { en16931Example } from '../../test/support/en16931-examples';
import { pdfaPart, pdfText } from '../../test/support/pdf';
import { invoiceDocumentData } from '../documents/document-data';
import { PdfRenderer } from '../documents/pdf-renderer';
import { sampleInvoice } from '../../test/fixtures/sample-documents';
import { embedFacturX, type FacturXAttachment } from './facturx-pdf';

// On a PDF/A-3b LibreOffice really renders; the validators' verdict on such files is test/e2e/factur-x.e2e.ts.

const templatesDir = path.resolve(__dirname, '../../templates');
const xml = en16931Example('CII_example1.xml');
const attachment: FacturXAttachment = {
  xml,
  relationship: 'Data',
  conformanceLevel: 'EN 16931',
  modifiedAt: new Date('2026-11-23T10:00:00Z'),
};
let rendered: Buffer;
let facturX: Buffer;

beforeAll(async () => {
  const renderer = new PdfRenderer({ templatesDir });
  rendered = await renderer.render('invoice', invoiceDocumentData(sampleInvoice()));
  await renderer.onModuleDestroy();
  facturX = await embedFacturX(rendered, attachment);
});

const load = (pdf: Buffer) => PDFDocument.load(pdf, { updateMetadata: false });
const text = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
const xmpOf = (pdf: Buffer): string[] => pdf.toString('utf8').match(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/g) ?? [];

async function attachedFile(pdf: Buffer) {
  const document = await load(pdf);
  const associated = document.catalog.lookup(PDFName.of('AF'), PDFArray);
  const spec = associated.lookup(0, PDFDict);
  const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) {
    throw new Error('The filespec has no embedded file stream');
  }
  const names = document.catalog
    .lookup(PDFName.of('Names'), PDFDict)
    .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
    .lookup(PDFName.of('Names'), PDFArray);
  return { document, associated, spec, stream, names };
}

describe('embedFacturX', () => {
  it('attaches the CII XML as the associated file factur-x.xml, byte for byte', async () => {
    const { associated, spec, stream, names } = await attachedFile(facturX);
    expect(associated.size()).toBe(1);
    expect(spec.get(PDFName.of('Type'))).toBe(PDFName.of('Filespec'));
    expect(text(spec.get(PDFName.of('F')))).toBe('factur-x.xml');
    expect(text(spec.get(PDFName.of('UF')))).toBe('factur-x.xml');
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Data'));
    expect(stream.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('text/xml'));
    const params = stream.dict.lookup(PDFName.of('Params'), PDFDict);
    expect(text(params.get(PDFName.of('ModDate')))).toMatch(/^D:20261123/);
    expect(Buffer.from(decodePDFRawStream(stream).decode()).equals(xml)).toBe(true);
    expect(text(names.get(0))).toBe('factur-x.xml');
  });

  it('declares Factur-X EN 16931 in the XMP LibreOffice wrote, with the extension schema PDF/A requires', () => {
    const createDate = xmpOf(rendered)[0]!.match(/<xmp:CreateDate>[^<]+<\/xmp:CreateDate>/)![0];
    const after = xmpOf(facturX);
    expect(after).toHaveLength(1);
    for (const kept of ['<pdfaid:part>3</pdfaid:part>', '<pdfaid:conformance>B</pdfaid:conformance>', createDate]) {
      expect(after[0]).toContain(kept);
    }
    expect(after[0]).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
    expect(after[0]).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(after[0]).toContain('<fx:Version>1.0</fx:Version>');
    expect(after[0]).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    expect(after[0]).toContain(
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
    );
    expect(after[0]!.match(/<pdfaProperty:name>(\w+)<\/pdfaProperty:name>/g)).toHaveLength(4);
    expect(pdfaPart(facturX)).toBe('3');
  });

  it('keeps the document ID, the Info dictionary, the OutputIntent and the text', async () => {
    const [original, embedded] = await Promise.all([load(rendered), load(facturX)]);
    expect(embedded.context.trailerInfo.ID?.toString()).toBe(original.context.trailerInfo.ID?.toString());
    expect(embedded.getProducer()).toBe(original.getProducer());
    expect(embedded.getCreationDate()).toEqual(original.getCreationDate());
    expect(embedded.getModificationDate()).toEqual(original.getModificationDate());
    const intents = (pdf: PDFDocument) =>
      pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict).get(PDFName.of('S'));
    expect(intents(embedded)).toBe(PDFName.of('GTS_PDFA1'));
    expect(intents(original)).toBe(PDFName.of('GTS_PDFA1'));
    expect(embedded.getPageCount()).toBe(original.getPageCount());
    expect(await pdfText(facturX)).toContain('FACT-2026-001');
  });

  it('marks the XML as the Alternative when asked', async () => {
    const { spec } = await attachedFile(await embedFacturX(rendered, { ...attachment, relationship: 'Alternative' }));
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Alternative'));
  });

  it('refuses to embed twice, and a PDF without XMP', async () => {
    await expect(embedFacturX(facturX, attachment)).rejects.toThrow(/already declares Factur-X/);
    const bare = await PDFDocument.create();
    bare.addPage();
    await expect(embedFacturX(Buffer.from(await bare.save()), attachment)).rejects.toThrow(/no XMP metadata/);
  });
});
