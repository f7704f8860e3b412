import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DocumentArchive } from '../../src/documents/document-archive';
import { invoiceDocumentData, loadInvoice } from '../../src/documents/document-data';
import { DocumentTamperedError } from '../../src/documents/documents.errors';
import { DocumentsService } from '../../src/documents/documents.service';
import { createPdfConverter } from '../../src/documents/pdf-converters';
import { PdfRenderer } from '../../src/documents/pdf-renderer';
import type { Document } from '../../src/generated/prisma/client';
import { PrismaService } from '../../src/prisma/prisma.service';
import { createTestDatabase } from '../support/database';
import { pdfaPart, pdfText } from '../support/pdf';
import { integrationConfig, serviceUnderTest } from './support';

// Renders the four PDFs for real (docx-templates + LibreOffice), then reads them back as a customer would.
// Real: DocumentsService, the PDF renderer with the driver the worker picks, PostgreSQL, the file system. Faked: nothing.

const templatesDir = path.resolve(__dirname, '../../templates');
let prisma: PrismaService;
let pdfRenderer: PdfRenderer;
let documents: DocumentsService;
let documentsDir: string;
let ids: {
  companyId: string;
  paidInvoiceId: string;
  lateInvoiceId: string;
  draftInvoiceId: string;
  creditNoteId: string;
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const expectMentions = (text: string, mentions: string[]) => {
  for (const mention of mentions) {
    expect(text).toContain(mention);
  }
};

/** Seller identity every document must carry (L441-9, CGI ann. II 242 nonies A). */
const SELLER_MENTIONS = [
  'Atelier Numérique Rhône SAS',
  'SAS au capital de 50 000 €',
  '12 rue de la République',
  'SIREN 812 345 678',
  'SIRET 812 345 678 00021',
  'RCS Lyon',
  'TVA intracommunautaire FR40812345678',
];

const TERMS_MENTIONS = [
  'Délai de paiement : 30 jours date de facture',
  "Pas d'escompte pour paiement anticipé.",
  "Pénalités de retard : 12,15 % l'an (taux BCE + 10 points), exigibles dès le lendemain de l'échéance",
  'Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 et D441-5 du Code de commerce)',
  'IBAN FR76 3000 6000 0112 3456 7890 189',
  'BIC AGRIFRPPXXX',
];

async function seed(): Promise<typeof ids> {
  const company = await prisma.company.create({
    data: {
      legalName: 'Atelier Numérique Rhône SAS',
      tradeName: 'Atelier Numérique',
      legalForm: 'SAS',
      shareCapitalCents: 5_000_000,
      addressLine1: '12 rue de la République',
      postalCode: '69002',
      city: 'Lyon',
      siren: '812345678',
      siret: '81234567800021',
      rcsCity: 'Lyon',
      vatNumber: 'FR40812345678',
      email: 'facturation@atelier-numerique.fr',
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPPXXX',
      approvalCircuit: { levels: [], sending: 'AUTOMATIC' },
      dunningSettings: { timezone: 'Europe/Paris' },
    },
  });
  const user = await prisma.user.create({
    data: {
      companyId: company.id,
      email: `sales-${company.id}@acquitte.test`,
      passwordHash: 'x',
      fullName: 'Léa Commerciale',
      role: 'SALES',
    },
  });
  const customer = await prisma.customer.create({
    data: {
      companyId: company.id,
      name: 'Boulangeries Martin',
      legalForm: 'SARL',
      siren: '523456789',
      vatNumber: 'FR61523456789',
      addressLine1: '4 place Bellecour',
      postalCode: '69002',
      city: 'Lyon',
      billingEmail: 'compta@boulangeries-martin.fr',
    },
  });
  const base = {
    companyId: company.id,
    customerId: customer.id,
    createdById: user.id,
    paymentTermsDays: 30,
    operationCategory: 'MIXED' as const,
  };
  const lines = {
    create: [
      {
        position: 1,
        description: 'Développement du site vitrine (forfait)',
        quantityMilli: 1000,
        unit: 'forfait',
        unitPriceCents: 250_000,
        vatRateBp: 2000,
        totalExclTaxCents: 250_000,
      },
      {
        position: 2,
        description: 'Atelier de formation à la gestion du site',
        quantityMilli: 1500,
        unit: 'jour',
        unitPriceCents: 65_000,
        vatRateBp: 2000,
        discountBp: 1000,
        totalExclTaxCents: 87_750,
      },
      {
        position: 3,
        description: 'Livres « Le pain au levain »',
        quantityMilli: 12_000,
        unit: 'u.',
        unitPriceCents: 2_450,
        vatRateBp: 550,
        totalExclTaxCents: 29_400,
      },
    ],
  };
  const totals = {
    totalExclTaxCents: 367_150,
    totalTaxCents: 69_167,
    totalInclTaxCents: 436_317,
    vatBreakdown: [
      { vatRateBp: 2000, baseCents: 337_750, taxCents: 67_550 },
      { vatRateBp: 550, baseCents: 29_400, taxCents: 1_617 },
    ],
  };
  const issued = (n: number) => ({
    number: `FACT-2026-00${n}`,
    sequence: n,
    year: 2026,
    phase: 'SENT' as const,
    saleDate: new Date('2026-11-20'),
    issueDate: new Date('2026-11-23'),
    dueDate: new Date('2026-12-23'),
  });
  // Paid: 4 363,17 − 702,00 credited = 3 661,17, settled by a cheque then a transfer on 15/12/2026.
  const paid = await prisma.invoice.create({
    data: {
      ...base,
      ...issued(1),
      ...totals,
      paidCents: 366_117,
      creditedCents: 70_200,
      balanceCents: 0,
      settledAt: new Date('2026-12-15T10:30:00Z'),
      lines,
    },
    include: { lines: true },
  });
  await prisma.payment.createMany({
    data: [
      {
        invoiceId: paid.id,
        amountCents: 200_000,
        paidAt: new Date('2026-12-01T09:00:00Z'),
        method: 'CHECK',
        reference: 'Chèque n° 0001234',
        requestId: `${paid.id}-p1`,
      },
      {
        invoiceId: paid.id,
        amountCents: 166_117,
        paidAt: new Date('2026-12-15T10:30:00Z'),
        method: 'BANK_TRANSFER',
        reference: 'VIR FACT-2026-001',
        requestId: `${paid.id}-p2`,
      },
    ],
  });
  const training = paid.lines.find((l) => l.position === 2)!;
  const creditNote = await prisma.creditNote.create({
    data: {
      companyId: company.id,
      invoiceId: paid.id,
      number: 'AV-2026-001',
      sequence: 1,
      year: 2026,
      reason: 'Formation écourtée : une journée non réalisée',
      full: false,
      issueDate: new Date('2026-11-30'),
      totalExclTaxCents: 58_500,
      totalTaxCents: 11_700,
      totalInclTaxCents: 70_200,
      vatBreakdown: [{ vatRateBp: 2000, baseCents: 58_500, taxCents: 11_700 }],
      requestId: `${paid.id}-av`,
      lines: {
        create: [
          {
            invoiceLineId: training.id,
            description: training.description,
            quantityMilli: 1000,
            unit: 'jour',
            unitPriceCents: 65_000,
            vatRateBp: 2000,
            discountBp: 1000,
            totalExclTaxCents: 58_500,
          },
        ],
      },
    },
  });
  const late = await prisma.invoice.create({
    data: { ...base, ...issued(2), ...totals, balanceCents: 436_317, lines },
  });
  const draft = await prisma.invoice.create({ data: { ...base, ...totals, balanceCents: 436_317, lines } });
  return {
    companyId: company.id,
    paidInvoiceId: paid.id,
    lateInvoiceId: late.id,
    draftInvoiceId: draft.id,
    creditNoteId: creditNote.id,
  };
}

beforeAll(async () => {
  const url = await createTestDatabase('documents');
  documentsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-documents-e2e-'));
  const config = integrationConfig({ DATABASE_URL: url, DOCUMENTS_DIR: documentsDir, TEMPLATES_DIR: templatesDir });
  prisma = new PrismaService(config);
  // The driver the worker picks from this config: the warm pool where python3-uno is installed.
  pdfRenderer = new PdfRenderer({
    templatesDir: config.TEMPLATES_DIR,
    converter: createPdfConverter(config, (line) => console.warn(line)),
  });
  documents = await serviceUnderTest(DocumentsService, {
    real: [{ provide: PdfRenderer, useValue: pdfRenderer }],
    config,
    prisma,
  });
  ids = await seed();
});

afterAll(async () => {
  await pdfRenderer?.onModuleDestroy();
  await prisma?.$disconnect();
  if (documentsDir) {
    await fs.rm(documentsDir, { recursive: true, force: true });
  }
});

describe('documents (real LibreOffice rendering)', () => {
  let invoiceDocument: Document;

  it('archives the invoice as a PDF/A-3 carrying every mandatory mention', async () => {
    invoiceDocument = await documents.archiveInvoicePdf(ids.paidInvoiceId, 'e2e:invoice:1');
    const { document, content } = await documents.read(invoiceDocument.id);
    expect(document).toMatchObject({
      kind: 'INVOICE',
      fileName: 'FACT-2026-001.pdf',
      invoiceId: ids.paidInvoiceId,
      chainIndex: 1,
      previousHash: null,
      sizeBytes: content.length,
    });
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfaPart(content)).toBe('3');
    const text = await pdfText(content);
    expectMentions(text, [
      ...SELLER_MENTIONS,
      ...TERMS_MENTIONS,
      'FACTURE',
      'Facture n° FACT-2026-001',
      "Date d'émission : 23/11/2026",
      "Date d'échéance : 23/12/2026",
      'Date de la vente / prestation : 20/11/2026',
      "Nature de l'opération : Biens et services",
      'Boulangeries Martin SARL',
      '4 place Bellecour',
      'SIREN 523 456 789 · TVA intracommunautaire FR61523456789',
      'Atelier de formation à la gestion du site',
      '650,00 €',
      '10 %',
      '5,5 %',
      '877,50 €',
      '3 377,50 €',
      '675,50 €',
      '16,17 €',
      '3 671,50 €',
      '691,67 €',
      '4 363,17 €',
    ]);
    expect(text).not.toContain('PROJET');
  });

  it('archives the receipt with the "Acquittée le" mention and the payments', async () => {
    const receipt = await documents.archiveReceiptPdf(ids.paidInvoiceId, 'e2e:receipt:1');
    const { content } = await documents.read(receipt.id);
    expect(receipt).toMatchObject({
      kind: 'RECEIPT',
      fileName: 'FACT-2026-001-acquittee.pdf',
      chainIndex: 2,
      previousHash: invoiceDocument.chainHash,
    });
    expect(pdfaPart(content)).toBe('3');
    expectMentions(await pdfText(content), [
      ...SELLER_MENTIONS,
      ...TERMS_MENTIONS,
      'FACTURE ACQUITTÉE',
      'Acquittée le 15/12/2026',
      '01/12/2026',
      'Chèque',
      'Chèque n° 0001234',
      'Virement',
      '2 000,00 €',
      '1 661,17 €',
      'Avoirs imputés',
      '702,00 €',
      '3 661,17 €',
      'Reste dû',
      '0,00 €',
    ]);
  });

  it('archives the credit note referencing the invoice', async () => {
    const creditNote = await documents.archiveCreditNotePdf(ids.creditNoteId, 'e2e:credit-note:1');
    const { content } = await documents.read(creditNote.id);
    expect(creditNote).toMatchObject({
      kind: 'CREDIT_NOTE',
      fileName: 'AV-2026-001.pdf',
      invoiceId: ids.paidInvoiceId,
      creditNoteId: ids.creditNoteId,
    });
    expect(pdfaPart(content)).toBe('3');
    expectMentions(await pdfText(content), [
      ...SELLER_MENTIONS,
      ...TERMS_MENTIONS,
      'AVOIR',
      'AV-2026-001',
      'Avoir sur la facture n° FACT-2026-001 du 23/11/2026',
      'Formation écourtée : une journée non réalisée',
      'Avoir partiel',
      '585,00 €',
      '117,00 €',
      '702,00 €',
    ]);
  });

  it('archives the formal notice letter with the amounts claimed and the 8-day deadline', async () => {
    const amounts = {
      balanceCents: 436_317,
      interestCents: 6_534,
      indemnityCents: 4_000,
      daysLate: 45,
      letterDate: '2027-02-06',
    };
    const notice = await documents.archiveFormalNoticePdf(ids.lateInvoiceId, 'e2e:formal-notice:1', amounts);
    const { content } = await documents.read(notice.id);
    expect(notice).toMatchObject({ kind: 'FORMAL_NOTICE', fileName: 'FACT-2026-002-mise-en-demeure.pdf' });
    expect(pdfaPart(content)).toBe('3');
    const text = await pdfText(content);
    expect(text.toLowerCase()).toContain('lettre recommandée avec accusé de réception');
    expectMentions(text, [
      'Lyon, le 06/02/2027',
      'Objet : Mise en demeure de payer — facture n° FACT-2026-002',
      'FACT-2026-002',
      '4 363,17 €',
      '65,34 €',
      '40,00 €',
      '4 468,51 €',
      'huit (8) jours',
      '14/02/2027',
      'procédure de recouvrement judiciaire',
      '45 jours',
    ]);
  });

  it('previews a draft with the PROJET mark and no number, without archiving it', async () => {
    const before = await prisma.document.count();
    const text = await pdfText(await documents.previewInvoice(ids.draftInvoiceId));
    expect(text).toContain('PROJET — DOCUMENT SANS VALEUR DE FACTURE');
    expect(text).not.toMatch(/Facture n°|FACT-2026-0/);
    expect(await prisma.document.count()).toBe(before);
    await expect(documents.archiveInvoicePdf(ids.draftInvoiceId, 'e2e:draft')).rejects.toThrow(/draft/);
  });

  it('returns the first archive for a repeated idempotency key, without rendering or writing again', async () => {
    const filesBefore = await filesUnder(documentsDir);
    const started = Date.now();
    const again = await documents.archiveInvoicePdf(ids.paidInvoiceId, 'e2e:invoice:1');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(again).toEqual(invoiceDocument);
    expect(await prisma.document.count({ where: { idempotencyKey: 'e2e:invoice:1' } })).toBe(1);
    expect(await filesUnder(documentsDir)).toEqual(filesBefore);
  });

  it('renders 4 documents in parallel, each LibreOffice with its own profile', async () => {
    const renderer = new PdfRenderer({ templatesDir, concurrency: 4 });
    const invoice = invoiceDocumentData(await loadInvoice(prisma, ids.paidInvoiceId));
    const pdfs = await Promise.all([1, 2, 3, 4].map(() => renderer.render('invoice', invoice)));
    for (const pdf of pdfs) {
      expect(pdfaPart(pdf)).toBe('3');
      expect(await pdfText(pdf)).toContain('FACT-2026-001');
    }
  });

  it('keeps the hash chain consecutive under concurrent archiving, one row per key', async () => {
    const archive = new DocumentArchive(prisma, documentsDir);
    const store = (i: number) =>
      archive.store({
        companyId: ids.companyId,
        kind: 'INVOICE',
        invoiceId: ids.lateInvoiceId,
        fileName: `copy-${i}.pdf`,
        idempotencyKey: `e2e:concurrent:${i % 6}`,
        content: Buffer.from(`%PDF-copy ${i % 6}`),
      });
    const stored = await Promise.all(Array.from({ length: 12 }, (_, i) => store(i)));
    expect(new Set(stored.map((d) => d.id)).size).toBe(6);
    const chain = await prisma.document.findMany({
      where: { companyId: ids.companyId },
      orderBy: { chainIndex: 'asc' },
    });
    expect(chain.map((d) => d.chainIndex)).toEqual(chain.map((_, i) => i + 1));
    chain.slice(1).forEach((d, i) => expect(d.previousHash).toBe(chain[i].chainHash));
    expect(await documents.verifyChain(ids.companyId)).toEqual({ ok: true });
  });

  it('detects a stored file altered after archiving', async () => {
    const file = path.join(documentsDir, ...invoiceDocument.storageKey.split('/'));
    await fs.chmod(file, 0o644);
    const original = await fs.readFile(file);
    await fs.writeFile(file, Buffer.concat([original, Buffer.from('\n% altered')]));
    await expect(documents.read(invoiceDocument.id)).rejects.toThrow(DocumentTamperedError);
    await expect(documents.read(invoiceDocument.id)).rejects.toThrow(/was altered/);
    expect(await documents.verifyChain(ids.companyId)).toMatchObject({
      ok: false,
      brokenAt: invoiceDocument.chainIndex,
    });
  });

  it('detects an archive row rewritten in the database', async () => {
    const receipt = await prisma.document.findUniqueOrThrow({ where: { idempotencyKey: 'e2e:receipt:1' } });
    await expect(
      prisma.document.update({ where: { id: receipt.id }, data: { invoiceId: ids.lateInvoiceId } }),
    ).rejects.toThrow(/unalterable/);
    // Only a superuser bypassing the triggers can rewrite a row: the chain must still tell.
    await prisma.$transaction([
      prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      prisma.$executeRaw`UPDATE "Document" SET "invoiceId" = ${ids.lateInvoiceId} WHERE "id" = ${receipt.id}`,
    ]);
    const archive = new DocumentArchive(prisma, documentsDir);
    expect(await archive.verifyChain(ids.companyId, { checkFiles: false })).toMatchObject({
      ok: false,
      brokenAt: receipt.chainIndex,
      reason: expect.stringMatching(/chainHash/),
    });
  });
});
