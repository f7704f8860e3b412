import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import {
  creditNoteDocumentData,
  formalNoticeDocumentData,
  invoiceDocumentData,
  receiptDocumentData,
} from './document-data';
import { RenderTimeoutError, SofficeNotFoundError, TemplateError } from './documents.errors';
import { PdfRenderer, type TemplateName } from './pdf-renderer';
import {
  sampleCreditNote,
  sampleCustomer,
  sampleInvoice,
  samplePaidInvoice,
} from '../../test/fixtures/sample-documents';

const templatesDir = path.resolve(__dirname, '../../templates');

/** The visible text of the filled document body and footer. */
async function filledText(renderer: PdfRenderer, template: TemplateName, data: object): Promise<string> {
  const zip = await JSZip.loadAsync(await renderer.fillTemplate(template, data));
  const parts = await Promise.all(
    ['word/document.xml', 'word/footer1.xml'].map((name) => zip.file(name)!.async('string')),
  );
  return parts
    .join('\n')
    .replace(/<w:tab\/>|<w:br\/>|<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ');
}

describe('PdfRenderer templates (docx-templates, no LibreOffice needed)', () => {
  const renderer = new PdfRenderer({ templatesDir });
  const amounts = {
    balanceCents: 436_317,
    interestCents: 6_534,
    indemnityCents: 4_000,
    daysLate: 45,
    letterDate: '2027-02-06',
  };
  const cases: Array<[TemplateName, object, string[]]> = [
    [
      'invoice',
      invoiceDocumentData(sampleInvoice()),
      ['FACTURE', 'FACT-2026-001', '4 363,17 €', 'Biens et services', 'taux BCE + 10 points', 'Indemnité forfaitaire'],
    ],
    [
      'receipt',
      receiptDocumentData(samplePaidInvoice()),
      ['FACTURE ACQUITTÉE', 'Acquittée le 15/12/2026', 'Chèque', 'Virement', '0,00 €'],
    ],
    [
      'credit-note',
      creditNoteDocumentData(sampleCreditNote()),
      ['AVOIR', 'AV-2026-001', 'Avoir sur la facture n° FACT-2026-001 du 23/11/2026', '702,00 €'],
    ],
    [
      'formal-notice',
      formalNoticeDocumentData(sampleInvoice(), amounts),
      [
        'Lettre recommandée avec accusé de réception',
        'Mise en demeure',
        '4 468,51 €',
        '14/02/2027',
        'recouvrement judiciaire',
      ],
    ],
  ];

  it.each(cases)('fills every command of %s.docx', async (template, data, expected) => {
    const text = await filledText(renderer, template, data);
    expect(text).not.toContain('+++');
    for (const fragment of expected) {
      expect(text).toContain(fragment);
    }
    expect(text).toContain('SIRET 812 345 678 00021');
  });

  it('shows the draft mark and no number on a draft invoice', async () => {
    const text = await filledText(renderer, 'invoice', invoiceDocumentData(sampleInvoice({ number: null })));
    expect(text).toContain('PROJET — document sans valeur de facture');
    expect(text).not.toContain('FACT-2026-001');
  });

  it('omits the 40 € indemnity for a consumer', async () => {
    const consumer = sampleInvoice({ customer: sampleCustomer({ isBusiness: false }) });
    expect(await filledText(renderer, 'invoice', invoiceDocumentData(consumer))).not.toContain('Indemnité forfaitaire');
    const notice = formalNoticeDocumentData(consumer, { ...amounts, indemnityCents: 0 });
    expect(await filledText(renderer, 'formal-notice', notice)).not.toMatch(/Indemnité forfaitaire|D441-5/);
  });
});

describe('PdfRenderer template errors', () => {
  it('names the template and the failing command when data is missing', async () => {
    const renderer = new PdfRenderer({ templatesDir });
    const data = invoiceDocumentData(sampleInvoice());
    const broken = { ...data, seller: { ...data.seller, legalIdentity: undefined } };
    await expect(renderer.fillTemplate('invoice', broken)).rejects.toThrow(TemplateError);
    await expect(renderer.fillTemplate('invoice', broken)).rejects.toThrow(
      /invoice\.docx could not be filled: .*seller\.legalIdentity/,
    );
  });
});

describe('PdfRenderer without LibreOffice', () => {
  it('names the packages to install when SOFFICE_PATH points nowhere', async () => {
    const renderer = new PdfRenderer({ templatesDir, sofficePath: '/nonexistent/soffice' });
    const rendering = renderer.render('invoice', invoiceDocumentData(sampleInvoice()));
    await expect(rendering).rejects.toThrow(SofficeNotFoundError);
    await expect(rendering).rejects.toThrow(
      /SOFFICE_PATH=\/nonexistent\/soffice.*apt-get install -y libreoffice-writer-nogui fonts-dejavu fonts-liberation/,
    );
  });
});

describe('PdfRenderer timeout', () => {
  it('kills a LibreOffice that hangs and reports the timeout', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-fake-soffice-'));
    const fake = path.join(dir, 'soffice');
    // A stand-in that never converts: a node process whose command line carries the conversion's arguments.
    await fs.writeFile(fake, `#!${process.execPath}\nsetTimeout(() => {}, 60_000);\n`, { mode: 0o755 });
    try {
      const renderer = new PdfRenderer({ templatesDir, sofficePath: fake, timeoutMs: 1_500 });
      const started = Date.now();
      await expect(renderer.render('invoice', invoiceDocumentData(sampleInvoice()))).rejects.toThrow(
        RenderTimeoutError,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      const survivors = await processesRunning(fake);
      expect(survivors).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('PdfRenderer LibreOffice isolation', () => {
  it('gives each concurrent soffice its own -env:UserInstallation profile, with the PDF/A-3 filter', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-fake-soffice-'));
    const fake = path.join(dir, 'soffice');
    // Records its arguments, then "converts" like soffice does: <outdir>/<input name>.pdf.
    const script = `#!${process.execPath}
const fs = require('node:fs'), path = require('node:path');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(path.join(dir, 'calls.jsonl'))}, JSON.stringify(args) + '\\n');
const input = args[args.length - 1];
const outdir = args[args.indexOf('--outdir') + 1];
setTimeout(() => fs.writeFileSync(path.join(outdir, path.basename(input, '.docx') + '.pdf'), '%PDF-fake'), 300);
`;
    await fs.writeFile(fake, script, { mode: 0o755 });
    try {
      const renderer = new PdfRenderer({ templatesDir, sofficePath: fake, concurrency: 3 });
      const data = invoiceDocumentData(sampleInvoice());
      const pdfs = await Promise.all([1, 2, 3].map(() => renderer.render('invoice', data)));
      expect(pdfs.map(String)).toEqual(['%PDF-fake', '%PDF-fake', '%PDF-fake']);
      const calls = (await fs.readFile(path.join(dir, 'calls.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[]);
      const profiles = calls.map((args) => args.find((a) => a.startsWith('-env:UserInstallation=file://')));
      expect(new Set(profiles).size).toBe(3);
      for (const args of calls) {
        expect(args).toContain('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"3"}}');
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

async function processesRunning(commandPart: string): Promise<string[]> {
  const pids = (await fs.readdir('/proc')).filter((e) => /^\d+$/.test(e));
  const lines = await Promise.all(pids.map((pid) => fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
  return lines.filter((line) => line.includes(commandPart));
}
