// Factur-X judged by the Mustang validator (veraPDF for PDF/A-3, then the Factur-X XMP and the XML's XSD and
// schematron): the embedding on an official EN 16931 example, and copies each broken in one required place.
// Every PDF goes through one JVM start (beforeAll); the tests read the verdicts.
import path from 'node:path';
import { embedFacturX, type FacturXAttachment } from '../../src/einvoicing/facturx-pdf';
import { invoiceDocumentData } from '../../src/documents/document-data';
import { PdfRenderer } from '../../src/documents/pdf-renderer';
import { sampleInvoice } from '../../src/documents/sample-documents';
import { en16931Example } from '../support/en16931-examples';
import { withoutEmbeddedXml, withXmpReplaced } from '../support/facturx-tampering';
import { validateFacturX, type FacturXVerdict } from '../support/facturx-validator';

const VALIDATION_TIMEOUT_MS = 900_000;
const templatesDir = path.resolve(__dirname, '../../templates');

async function examplePdfs(): Promise<Record<string, Buffer>> {
  const renderer = new PdfRenderer({ templatesDir });
  const rendered = await renderer.render('invoice', invoiceDocumentData(sampleInvoice()));
  await renderer.onModuleDestroy();
  const xml = en16931Example('CII_example1.xml').toString('utf8');
  const attachment: FacturXAttachment = { xml, relationship: 'Data', conformanceLevel: 'EN 16931', modifiedAt: new Date() };
  const example = await embedFacturX(rendered, attachment);
  return {
    example,
    withoutXml: await withoutEmbeddedXml(example),
    wrongDocumentType: withXmpReplaced(example, '<fx:DocumentType>INVOICE<', '<fx:DocumentType>FACTURE<'),
    undeclaredExtension: withXmpReplaced(example, '<pdfaSchema:namespaceURI>urn:factur-x:', '<pdfaSchema:namespaceURI>urn:factur-y:'),
    wrongGrandTotal: await embedFacturX(rendered, { ...attachment, xml: xml.replace('<ram:GrandTotalAmount>250.33<', '<ram:GrandTotalAmount>350.33<') }),
  };
}

let verdicts: Record<string, FacturXVerdict>;

beforeAll(async () => {
  const pdfs = await examplePdfs();
  const results = await validateFacturX(Object.values(pdfs));
  verdicts = Object.fromEntries(Object.keys(pdfs).map((name, i) => [name, results[i]]));
}, VALIDATION_TIMEOUT_MS);

describe('Factur-X embedding, judged by Mustang', () => {
  it('makes LibreOffice’s PDF/A-3b with an official EN 16931 example a valid Factur-X', () => {
    const { report, ...verdict } = verdicts.example;
    expect({ verdict, report }).toEqual({ verdict: { pdfA3: true, pdfPart: true, xmlPart: true, valid: true }, report });
  });

  it('reports a PDF whose XML was removed as invalid', () => {
    expect(verdicts.withoutXml).toMatchObject({ valid: false, xmlPart: false });
    expect(verdicts.withoutXml.report).toContain('XML could not be extracted');
  });

  it('reports a wrong fx:DocumentType as invalid Factur-X metadata', () => {
    expect(verdicts.wrongDocumentType).toMatchObject({ valid: false, pdfPart: false });
    expect(verdicts.wrongDocumentType.report).toContain('DocumentType invalid');
  });

  it('reports fx: properties without their extension schema as invalid PDF/A-3', () => {
    expect(verdicts.undeclaredExtension).toMatchObject({ valid: false, pdfA3: false });
    expect(verdicts.undeclaredExtension.report).toContain('clause=6.6.2.3.1');
  });

  it('reports an XML that breaks an EN 16931 rule as invalid', () => {
    expect(verdicts.wrongGrandTotal).toMatchObject({ valid: false, pdfA3: true, xmlPart: false });
    expect(verdicts.wrongGrandTotal.report).toMatch(/\[BR-CO-1[56]\]/);
  });
});
