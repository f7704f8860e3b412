import fs from 'node:fs';
import path from 'node:path';
import { docxPackage } from './docx-package';
import {
  accentRule,
  box,
  conditionalTotalRow,
  conditionsBlock,
  documentHeader,
  filledBorders,
  draftBanner,
  footer,
  ifBlock,
  infoLine,
  keyValue,
  linesTable,
  notesBlock,
  partiesBlock,
  paymentBox,
  totalRow,
  vatAndTotals,
  vatMentionsBlock,
} from './blocks';
import { formalNoticeBody } from './formal-notice';
import { COLORS, CONTENT_WIDTH, cell, cmd, ins, paragraph, row, spacer, table } from './wordml';

// Writes templates/*.docx. Run: npx tsx scripts/templates/generate-templates.ts (then restyle freely in Word/LibreOffice).

const invoiceReferences = (): string[] => [
  ...ifBlock('!invoice.draft', [keyValue('Facture n°', 'invoice.number', 'right')]),
  keyValue("Date d'émission :", 'invoice.issueDate', 'right'),
  keyValue("Date d'échéance :", 'invoice.dueDate', 'right'),
];

const invoiceInfoLines = (): string[] => [
  infoLine("Nature de l'opération", 'invoice.operationCategory'),
  paragraph([ins('invoice.saleDateLabel', { color: COLORS.muted }), ' : ', ins('invoice.saleDate', { bold: true })], {
    style: 'TableText',
    after: 2,
    run: { color: COLORS.muted },
  }),
  infoLine('Délai de paiement', 'terms.paymentTerms'),
  ...ifBlock('invoice.customerReference', [infoLine('Votre référence', 'invoice.customerReference')]),
  ...ifBlock('invoice.deliveryAddress', [infoLine('Adresse de livraison', 'invoice.deliveryAddress')]),
];

function invoiceTotals(): string[] {
  return [
    totalRow('Total HT', 'invoice.totalExclTax'),
    totalRow('Total TVA', 'invoice.totalTax'),
    totalRow('Total TTC', 'invoice.totalInclTax', 'strong'),
  ];
}

function invoiceBody(): string[] {
  return [
    documentHeader({ title: 'FACTURE', references: invoiceReferences() }),
    accentRule(),
    ...draftBanner(),
    spacer(10),
    partiesBlock(invoiceInfoLines(), 'Facturé à'),
    spacer(14),
    linesTable('invoice.lines'),
    spacer(12),
    vatAndTotals({ vat: 'invoice.vat', totals: invoiceTotals() }),
    ...vatMentionsBlock('invoice.vatMentions'),
    spacer(12),
    ...paymentBox('invoice.totalInclTax'),
    spacer(8),
    ...notesBlock('invoice.customerNote'),
    ...conditionsBlock(),
  ];
}

function receiptStamp(): string {
  return box(
    [
      paragraph(ins('receipt.stamp', { bold: true, color: COLORS.paid, size: 15 }), { align: 'center', after: 2 }),
      paragraph(ins('receipt.mention', { bold: true, color: COLORS.paid, size: 11 }), { align: 'center', after: 2 }),
      paragraph(['Dernier règlement : ', ins('receipt.settledMethod', { bold: true, color: COLORS.paid, size: 8 })], {
        align: 'center',
        run: { color: COLORS.paid, size: 8 },
      }),
    ],
    { fill: COLORS.paidSoft, border: { color: COLORS.paid, size: 18 }, width: 5200, align: 'center' },
  );
}

function paymentsTable(): string {
  const widths = [1700, 2400, 3466, 2300];
  const header = row(
    ['Date', 'Mode de règlement', 'Référence', 'Montant'].map((t, i) =>
      cell([paragraph(t, { style: 'TableHeader', align: i === 3 ? 'right' : 'left' })], {
        width: widths[i],
        fill: COLORS.paid,
        borders: filledBorders(COLORS.paid),
      }),
    ),
    { header: true },
  );
  const loop = (command: string) => row([cell([paragraph(cmd(command))], { width: CONTENT_WIDTH, span: 4 })]);
  const rule = { bottom: { color: COLORS.rule, size: 4 } };
  const body = row(
    ['date', 'method', 'reference', 'amount'].map((k, i) =>
      cell([paragraph(ins(`$payment.${k}`), { style: i === 3 ? 'Amount' : 'TableText' })], {
        width: widths[i],
        borders: rule,
      }),
    ),
  );
  return table([header, loop('FOR payment IN receipt.payments'), body, loop('END-FOR payment')], {
    widths,
    cellMargins: { top: 60, bottom: 60, left: 85, right: 85 },
  });
}

function receiptBody(): string[] {
  const totals = [
    ...invoiceTotals(),
    ...conditionalTotalRow('invoice.hasCredit', 'Avoirs imputés', 'invoice.credited'),
    totalRow('Montant réglé', 'receipt.totalPaid'),
    totalRow('Reste dû', 'invoice.balance', 'paid'),
  ];
  return [
    documentHeader({ title: 'FACTURE', references: invoiceReferences() }),
    accentRule(),
    spacer(8),
    receiptStamp(),
    spacer(10),
    partiesBlock(invoiceInfoLines(), 'Facturé à'),
    spacer(14),
    linesTable('invoice.lines'),
    spacer(12),
    vatAndTotals({ vat: 'invoice.vat', totals }),
    ...vatMentionsBlock('invoice.vatMentions'),
    spacer(12),
    paragraph('Règlements reçus', { style: 'SectionTitle' }),
    paymentsTable(),
    spacer(6),
    paragraph('Nous vous remercions de votre règlement.', {
      style: 'TableText',
      run: { italic: true, color: COLORS.muted },
    }),
    spacer(8),
    ...notesBlock('invoice.customerNote'),
    ...conditionsBlock({ bankDetails: true }),
  ];
}

function creditNoteBody(): string[] {
  const references = [
    keyValue('Avoir n°', 'creditNote.number', 'right'),
    keyValue("Date d'émission :", 'creditNote.issueDate', 'right'),
    keyValue("Facture d'origine :", 'invoice.number', 'right'),
  ];
  const info = [
    infoLine("Nature de l'opération", 'invoice.operationCategory'),
    paragraph([ins('invoice.saleDateLabel', { color: COLORS.muted }), ' : ', ins('invoice.saleDate', { bold: true })], {
      style: 'TableText',
      after: 2,
      run: { color: COLORS.muted },
    }),
    infoLine("Échéance de la facture d'origine", 'invoice.dueDate'),
    infoLine("Type d'avoir", 'creditNote.kind'),
  ];
  const totals = [
    totalRow('Total HT', 'creditNote.totalExclTax'),
    totalRow('Total TVA', 'creditNote.totalTax'),
    totalRow("Montant de l'avoir TTC", 'creditNote.totalInclTax', 'strong'),
  ];
  return [
    documentHeader({ title: 'AVOIR', references }),
    accentRule(),
    spacer(8),
    box([
      paragraph(ins('creditNote.reference', { bold: true, size: 10.5, color: COLORS.accent }), { after: 3 }),
      paragraph(['Motif : ', ins('creditNote.reason', { bold: true })], { style: 'TableText' }),
    ]),
    spacer(10),
    partiesBlock(info, 'Client'),
    spacer(14),
    paragraph('Lignes créditées', { style: 'SectionTitle' }),
    linesTable('creditNote.lines'),
    spacer(12),
    vatAndTotals({ vat: 'creditNote.vat', totals }),
    ...vatMentionsBlock('creditNote.vatMentions'),
    spacer(12),
    paragraph('Imputation', { style: 'SectionTitle' }),
    paragraph(
      [
        'Le montant de cet avoir vient en déduction des sommes dues au titre de la facture n° ',
        ins('invoice.number', { bold: true }),
        ' émise le ',
        ins('invoice.issueDate'),
        '.',
      ],
      { style: 'TableText' },
    ),
    spacer(8),
    ...conditionsBlock({ bankDetails: true, title: "Conditions de la facture d'origine" }),
  ];
}

const TEMPLATES: Array<{ file: string; body: () => string[] }> = [
  { file: 'invoice.docx', body: invoiceBody },
  { file: 'receipt.docx', body: receiptBody },
  { file: 'credit-note.docx', body: creditNoteBody },
  { file: 'formal-notice.docx', body: formalNoticeBody },
];

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../templates'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const t of TEMPLATES) {
    const docx = await docxPackage({ body: t.body(), footer: footer() });
    fs.writeFileSync(path.join(outDir, t.file), docx);
    console.log(`wrote ${path.join(outDir, t.file)} (${docx.length} bytes)`);
  }
}

void main();
