import path from 'node:path';
import { creditNoteDocumentData, formalNoticeDocumentData, invoiceDocumentData, receiptDocumentData } from '../src/documents/document-data';
import { PdfRenderer, type TemplateName } from '../src/documents/pdf-renderer';
import { sampleCreditNote, sampleInvoice, samplePaidInvoice } from '../src/documents/sample-documents';

// Mean PDF/A render time per document (docx-templates + LibreOffice), on sample data, no database.
// Run: npx tsx bench/documents.bench.ts [iterations per document, default 5]

const iterations = Number(process.argv[2] ?? 5);
const templatesDir = path.resolve(__dirname, '../templates');
const amounts = { balanceCents: 436_317, interestCents: 6_534, indemnityCents: 4_000, daysLate: 45 };
const documents: Array<[TemplateName, object]> = [
  ['invoice', invoiceDocumentData(sampleInvoice())],
  ['receipt', receiptDocumentData(samplePaidInvoice())],
  ['credit-note', creditNoteDocumentData(sampleCreditNote())],
  ['formal-notice', formalNoticeDocumentData(sampleInvoice(), amounts)],
];

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main(): Promise<void> {
  const renderer = new PdfRenderer({ templatesDir, sofficePath: process.env.SOFFICE_PATH || undefined });
  await renderer.render('invoice', documents[0][1]);
  console.log(`Sequential renders (${iterations} per document):`);
  for (const [template, data] of documents) {
    const fill: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < iterations; i++) {
      fill.push(await timed(() => renderer.fillTemplate(template, data)));
      total.push(await timed(() => renderer.render(template, data)));
    }
    console.log(`  ${template.padEnd(14)} mean ${mean(total).toFixed(0).padStart(6)} ms  (docx-templates alone ${mean(fill).toFixed(0)} ms)`);
  }
  const batch = documents.flatMap(([template, data]) => Array.from({ length: 2 }, () => () => renderer.render(template, data)));
  const elapsed = await timed(() => Promise.all(batch.map((render) => render())));
  console.log(`Throughput, ${batch.length} renders at the default concurrency (2): ${(elapsed / batch.length).toFixed(0)} ms per PDF, ${elapsed.toFixed(0)} ms in all`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
