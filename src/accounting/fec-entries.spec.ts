import iconv from 'iconv-lite';
import { accountTotals, FEC_HEADER, readFec } from '../../test/support/fec-checker';
import { totalsOf, type PricedLine } from '../common/money';
import { DEFAULT_ACCOUNTING_SETTINGS } from './accounting-settings';
import { buildLedger, letterCode, type PaymentRecord, type SaleDocument } from './fec-entries';
import { fecAmount, fecFileName, formatFec } from './fec-file';
import { fiscalYear } from './fiscal-year';

const acme = { auxiliaryNumber: 'C0000ACME', name: 'Acme | Industries' };
const bistro = { auxiliaryNumber: 'C00BISTRO', name: 'Bistrot Élysée' };
const line = (unitPriceCents: number, vatRateBp: number, quantityMilli = 1000, discountBp = 0): PricedLine => ({
  quantityMilli,
  unitPriceCents,
  vatRateBp,
  discountBp,
});

function sale(
  kind: SaleDocument['kind'],
  number: string,
  day: string,
  lines: PricedLine[],
  extra: Partial<SaleDocument> = {},
): SaleDocument {
  const totals = totalsOf(lines);
  return {
    kind,
    number,
    invoiceNumber: number,
    day,
    customer: acme,
    category: 'SERVICES',
    vatBreakdown: totals.vatBreakdown,
    totalInclTaxCents: totals.totalInclTaxCents,
    ...extra,
  };
}

// A year of activity: several VAT rates, goods and services, partial payments, a partial credit note, an invoice of
// the previous year paid this year.
const documents: SaleDocument[] = [
  sale('INVOICE', 'FACT-2026-001', '2026-01-15', [line(95_000, 2000, 5000), line(2_990, 550, 3000)]),
  sale('INVOICE', 'FACT-2026-002', '2026-03-02', [line(12_345, 1000, 2000, 1500), line(50_000, 0)], {
    category: 'GOODS',
    customer: bistro,
  }),
  sale('INVOICE', 'FACT-2026-003', '2026-06-30', [line(80_000, 2000, 2000, 1000), line(10_000, 210)]),
  sale('CREDIT_NOTE', 'AV-2026-001', '2026-07-04', [line(10_000, 210)], { invoiceNumber: 'FACT-2026-003' }),
];
const payments: PaymentRecord[] = [
  { id: 'p1', invoiceNumber: 'FACT-2026-001', day: '2026-02-10', amountCents: 300_000, customer: acme },
  {
    id: 'p2',
    invoiceNumber: 'FACT-2026-001',
    day: '2026-02-28',
    amountCents: documents[0].totalInclTaxCents - 300_000,
    customer: acme,
  },
  { id: 'p3', invoiceNumber: 'FACT-2026-002', day: '2026-04-01', amountCents: 20_000, customer: bistro },
  { id: 'p4', invoiceNumber: 'FACT-2025-118', day: '2026-01-05', amountCents: 45_000, customer: bistro },
];
const settledOn = new Map([
  ['FACT-2026-001', '2026-02-28'],
  ['FACT-2025-118', '2026-01-05'],
]);
const year = fiscalYear(2026, 1);

const sum = <T>(items: T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);
const invoices = documents.filter((d) => d.kind === 'INVOICE');
const creditNotes = documents.filter((d) => d.kind === 'CREDIT_NOTE');
const bases = (docs: SaleDocument[]) => sum(docs, (d) => sum(d.vatBreakdown, (b) => b.baseCents));
const taxes = (docs: SaleDocument[]) => sum(docs, (d) => sum(d.vatBreakdown, (b) => b.taxCents));

describe('FEC of a year of activity', () => {
  const lines = buildLedger({ documents, payments, settledOn }, DEFAULT_ACCOUNTING_SETTINGS);
  const file = formatFec(lines);
  const name = fecFileName('812345678', year.end);
  const reading = readFec(name, file.toString('utf8'), {
    siren: '812345678',
    yearStart: year.start,
    yearEnd: year.end,
  });

  it('passes every format rule, balances every entry and numbers each journal continuously', () => {
    expect(reading.errors).toEqual([]);
    expect(name).toBe('812345678FEC20261231.txt');
    expect(new Set(reading.records.filter((r) => r.JournalCode === 'VT').map((r) => r.EcritureNum)).size).toBe(
      documents.length,
    );
    expect(new Set(reading.records.filter((r) => r.JournalCode === 'BQ').map((r) => r.EcritureNum)).size).toBe(
      payments.length,
    );
  });

  it('totals per account equal the sums of the invoices, credit notes and payments', () => {
    const totals = accountTotals(reading.records);
    const paid = sum(payments, (p) => p.amountCents);
    expect(totals.get('411000')).toEqual({
      debit: sum(invoices, (d) => d.totalInclTaxCents),
      credit: sum(creditNotes, (d) => d.totalInclTaxCents) + paid,
    });
    expect(totals.get('706000')).toEqual({
      debit: bases(creditNotes),
      credit: bases(invoices.filter((d) => d.category === 'SERVICES')),
    });
    expect(totals.get('707000')).toEqual({ debit: 0, credit: bases(invoices.filter((d) => d.category === 'GOODS')) });
    expect(totals.get('445710')).toEqual({ debit: taxes(creditNotes), credit: taxes(invoices) });
    expect(totals.get('512000')).toEqual({ debit: paid, credit: 0 });
  });

  it('letters the customer lines of each settled invoice, payments of a previous year invoice included', () => {
    const lettered = reading.records.filter((r) => r.EcritureLet !== '');
    expect(lettered.map((r) => [r.JournalCode, r.PieceRef, r.EcritureLet, r.DateLet])).toEqual([
      ['VT', 'FACT-2026-001', 'AAB', '20260228'],
      ['BQ', 'FACT-2025-118', 'AAA', '20260105'],
      ['BQ', 'FACT-2026-001', 'AAB', '20260228'],
      ['BQ', 'FACT-2026-001', 'AAB', '20260228'],
    ]);
    expect(lettered.every((r) => r.CompteNum === '411000')).toBe(true);
  });

  it('keeps a label with the separator in one field and drops zero-amount lines', () => {
    expect(
      new Set(reading.records.filter((r) => r.CompAuxNum === acme.auxiliaryNumber).map((r) => r.CompAuxLib)),
    ).toEqual(new Set(['Acme Industries']));
    expect(reading.records.every((r) => r.Debit !== '0,00' || r.Credit !== '0,00')).toBe(true);
  });

  it('writes ISO 8859-15 on request (€ and accents as single bytes)', () => {
    const latin9 = formatFec(lines, 'iso-8859-15');
    expect(iconv.decode(latin9, 'iso-8859-15')).toBe(file.toString('utf8'));
    expect(latin9.includes(Buffer.from([0xc9]))).toBe(true);
  });

  it('a year with no activity is the header alone', () => {
    expect(
      formatFec(
        buildLedger({ documents: [], payments: [], settledOn: new Map() }, DEFAULT_ACCOUNTING_SETTINGS),
      ).toString(),
    ).toBe(`${FEC_HEADER}\r\n`);
  });
});

describe('FEC of a payment undone', () => {
  const invoice = sale('INVOICE', 'FACT-2026-010', '2026-05-01', [line(10_000, 2000)]);
  const paid = invoice.totalInclTaxCents;
  const payment = { invoiceNumber: 'FACT-2026-010', amountCents: paid, customer: acme };
  const lines = buildLedger(
    {
      documents: [invoice],
      payments: [
        { ...payment, id: 'p-undone', day: '2026-05-02', undo: 'CANCELLED' },
        { ...payment, id: 'r-1', day: '2026-05-10', undo: 'REVERSAL' },
      ],
      settledOn: new Map(),
    },
    DEFAULT_ACCOUNTING_SETTINGS,
  );
  const reading = readFec(fecFileName('812345678', year.end), formatFec(lines).toString('utf8'), {
    siren: '812345678',
    yearStart: year.start,
    yearEnd: year.end,
  });
  const bank = reading.records.filter((r) => r.JournalCode === 'BQ');

  it('keeps the payment on its day and writes its reversal on the day of the undo, each balanced', () => {
    expect(reading.errors).toEqual([]);
    expect([...new Set(bank.map((r) => `${r.EcritureNum} ${r.EcritureDate}`))]).toEqual(['1 20260502', '2 20260510']);
    expect(bank.filter((r) => r.EcritureNum === '2').map((r) => r.EcritureLib)).toEqual([
      'Annulation Règlement FACT-2026-010 Acme Industries',
      'Annulation Règlement FACT-2026-010 Acme Industries',
    ]);
  });

  it('nets the bank to zero and leaves the invoice due on the customer account, unlettered', () => {
    const totals = accountTotals(reading.records);
    expect(totals.get('512000')).toEqual({ debit: paid, credit: paid });
    expect(totals.get('411000')).toEqual({ debit: 2 * paid, credit: paid });
    expect(reading.records.every((r) => r.EcritureLet === '')).toBe(true);
  });
});

describe('FEC formats', () => {
  it('amounts with a decimal comma, no thousands separator', () => {
    expect([0, 5, 123_456, 100_000_000_00].map(fecAmount)).toEqual(['0,00', '0,05', '1234,56', '100000000,00']);
  });

  it('accounting years that start in another month end the day before', () => {
    expect(fiscalYear(2026, 7)).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    expect(fiscalYear(2024, 3)).toEqual({ start: '2024-03-01', end: '2025-02-28' });
  });

  it('letter codes run AAA, AAB … AAZ, ABA', () => {
    expect([0, 1, 25, 26, 26 * 26].map(letterCode)).toEqual(['AAA', 'AAB', 'AAZ', 'ABA', 'BAA']);
  });
});
