// Factur-X judged by the Mustang validator (veraPDF for PDF/A-3, then the Factur-X XMP and the XML's XSD and
// schematron): the invoice, credit note and receipt the real stack archives and emails (API → workflow → worker →
// LibreOffice → archive → SMTP), copies of them broken in one required place, and the embedding of an official
// EN 16931 example. Every PDF goes through one JVM start (beforeAll); the tests read the verdicts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../../src/documents/document-archive';
import { invoiceDocumentData } from '../../src/documents/document-data';
import { PdfRenderer } from '../../src/documents/pdf-renderer';
import { sampleInvoice } from '../fixtures/sample-documents';
import { embedFacturX, type FacturXAttachment } from '../../src/einvoicing/facturx-pdf';
import type { Document } from '../../src/generated/prisma/client';
import { bootBackOffice, eventually, type BackOffice } from '../support/back-office';
import { en16931Example } from '../support/en16931-examples';
import { embeddedXml, withoutEmbeddedXml, withXmpReplaced } from '../support/facturx-files';
import { validateFacturX, type FacturXVerdict } from '../support/facturx-validator';
import { attachmentContent, mailsTo } from '../support/maildev';

const SETUP_TIMEOUT_MS = 1_200_000;
const templatesDir = path.resolve(__dirname, '../../templates');
const KINDS = ['INVOICE', 'CREDIT_NOTE', 'RECEIPT'] as const;
type Kind = (typeof KINDS)[number];

let office: BackOffice;
let invoiceNumber: string;
let billingEmail: string;
const archived = {} as Record<Kind, { document: Document; content: Buffer }>;
let verdicts: Record<string, FacturXVerdict>;

/** Issued, partly credited (line 2), then paid in full: the three Factur-X documents of one invoice. */
async function issueCreditAndSettle(): Promise<string> {
  const [sales, manager, adv] = await Promise.all(
    ['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)),
  );
  const lines = [
    {
      description: 'Audit de la facturation électronique',
      quantity: 2,
      unit: 'jour',
      unitPriceCents: 60_000,
      vatRate: 20,
      discountPercent: 10,
    },
    { description: 'Guide « Factur-X pour les PME »', quantity: 3, unitPriceCents: 2_990, vatRate: 5.5 },
  ];
  const { body: draft } = await sales.post('/invoices', { customerId: office.demo.customers.STANDARD, lines });
  expect((await sales.post(`/invoices/${draft.id}/submit`)).status).toBe(200);
  await eventually(
    async () => (await manager.get(`/invoices/${draft.id}`)).body.approval?.pendingRole === 'MANAGER',
    'the manager approval',
  );
  expect((await manager.post(`/invoices/${draft.id}/approve`, {})).status).toBe(200);
  const issued = await eventually(
    async () =>
      (await adv.get(`/invoices/${draft.id}`)).body.number ? (await adv.get(`/invoices/${draft.id}`)).body : undefined,
    'the number',
  );
  invoiceNumber = issued.number;
  expect((await adv.post(`/invoices/${issued.id}/send`, {})).status).toBe(200);
  const credit = await adv.post(`/invoices/${issued.id}/credit-notes`, {
    reason: 'Guide non livré',
    lines: [{ invoiceLineId: issued.lines[1].id, quantity: 1 }],
  });
  expect(credit.status).toBe(201);
  const { balanceCents } = (await adv.get(`/invoices/${issued.id}`)).body;
  expect(
    (
      await adv.post(`/invoices/${issued.id}/payments`, {
        amountCents: balanceCents,
        paidAt: new Date().toISOString(),
        method: 'BANK_TRANSFER',
        reference: `VIR ${invoiceNumber}`,
      })
    ).status,
  ).toBe(201);
  return issued.id;
}

async function readArchived(invoiceId: string): Promise<void> {
  const documents = await eventually(
    async () => {
      const rows = await office.prisma.document.findMany({ where: { invoiceId } });
      return rows.length === KINDS.length ? rows : undefined;
    },
    'the three archived documents',
    180_000,
  );
  for (const document of documents) {
    archived[document.kind as Kind] = {
      document,
      content: await fs.readFile(path.join(office.env.DOCUMENTS_DIR, ...document.storageKey.split('/'))),
    };
  }
}

async function exampleEmbeddings(): Promise<Record<string, Buffer>> {
  const renderer = new PdfRenderer({ templatesDir });
  const rendered = await renderer.render('invoice', invoiceDocumentData(sampleInvoice()));
  await renderer.onModuleDestroy();
  const xml = en16931Example('CII_example1.xml').toString('utf8');
  const attachment: FacturXAttachment = {
    xml,
    relationship: 'Data',
    conformanceLevel: 'EN 16931',
    modifiedAt: new Date(),
  };
  const wrongTotal = xml.replace('<ram:GrandTotalAmount>250.33<', '<ram:GrandTotalAmount>350.33<');
  return {
    example: await embedFacturX(rendered, attachment),
    wrongGrandTotal: await embedFacturX(rendered, { ...attachment, xml: wrongTotal }),
  };
}

async function brokenCopies(invoice: Buffer): Promise<Record<string, Buffer>> {
  return {
    withoutXml: await withoutEmbeddedXml(invoice),
    wrongDocumentType: withXmpReplaced(invoice, '<fx:DocumentType>INVOICE<', '<fx:DocumentType>FACTURE<'),
    undeclaredExtension: withXmpReplaced(
      invoice,
      '<pdfaSchema:namespaceURI>urn:factur-x:',
      '<pdfaSchema:namespaceURI>urn:factur-y:',
    ),
  };
}

beforeAll(async () => {
  office = await bootBackOffice({ label: 'factur-x' });
  billingEmail = (await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers.STANDARD } }))
    .billingEmail;
  await readArchived(await issueCreditAndSettle());
  const pdfs = {
    INVOICE: archived.INVOICE.content,
    CREDIT_NOTE: archived.CREDIT_NOTE.content,
    RECEIPT: archived.RECEIPT.content,
    ...(await brokenCopies(archived.INVOICE.content)),
    ...(await exampleEmbeddings()),
  };
  const results = await validateFacturX(Object.values(pdfs));
  verdicts = Object.fromEntries(Object.keys(pdfs).map((name, i) => [name, results[i]]));
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await office?.close();
});

const expectValid = ({ report, ...verdict }: FacturXVerdict) =>
  expect({ verdict, report }).toEqual({ verdict: { pdfA3: true, pdfPart: true, xmlPart: true, valid: true }, report });

describe('Factur-X documents of the real stack', () => {
  it.each(KINDS)('archives the %s as a valid PDF/A-3 and a valid Factur-X EN 16931', (kind) => {
    expectValid(verdicts[kind]);
  });

  it('embeds each document’s own CII: the invoice (380), the credit note (381) referencing it, the receipt the invoice’s', async () => {
    const [invoice, creditNote, receipt] = await Promise.all(KINDS.map((kind) => embeddedXml(archived[kind].content)));
    expect(invoice).toMatch(/<ram:TypeCode>380<\/ram:TypeCode>/);
    expect(invoice).toContain(`<ram:ID>${invoiceNumber}</ram:ID>`);
    expect(creditNote).toMatch(/<ram:TypeCode>381<\/ram:TypeCode>/);
    expect(creditNote).toMatch(
      new RegExp(`<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>${invoiceNumber}</ram:IssuerAssignedID>`),
    );
    expect(receipt).toBe(invoice);
  });

  it('emails exactly the archived bytes: every attachment hashes to its document in the chain', async () => {
    const mails = await eventually(
      async () => {
        const withPdf = (await mailsTo(billingEmail)).filter((mail) => mail.attachments?.length);
        return withPdf.length === KINDS.length ? withPdf : undefined;
      },
      'the three emails with their PDF',
      120_000,
    );
    const mailedHashes = await Promise.all(mails.map(async (mail) => sha256Hex(await attachmentContent(mail))));
    expect(mailedHashes.sort()).toEqual(KINDS.map((kind) => archived[kind].document.sha256).sort());
    for (const kind of KINDS) {
      expect(sha256Hex(archived[kind].content)).toBe(archived[kind].document.sha256);
    }
  });
});

describe('broken copies of the archived invoice, judged by Mustang', () => {
  it('reports the PDF whose XML was removed as invalid', () => {
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
});

describe('embedding an official EN 16931 example, judged by Mustang', () => {
  it('makes LibreOffice’s PDF/A-3b with CII_example1.xml a valid Factur-X', () => {
    expectValid(verdicts.example);
  });

  it('reports an XML that breaks an EN 16931 rule as invalid', () => {
    expect(verdicts.wrongGrandTotal).toMatchObject({ valid: false, pdfA3: true, xmlPart: false });
    expect(verdicts.wrongGrandTotal.report).toMatch(/\[BR-CO-1[56]\]/);
  });
});
