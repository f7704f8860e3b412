import iconv from 'iconv-lite';
import { readFec } from '../../test/support/fec-checker';
import { JOURNAL_READERS, journalRowOfFec, readJournal, totalsByAccount } from '../../test/support/journal-reader';
import { totalsOf } from '../common/money';
import { DEFAULT_ACCOUNTING_SETTINGS } from './accounting-settings';
import { buildLedger, type SaleDocument } from './fec-entries';
import { fecFileName, formatFec } from './fec-file';
import { formatJournal, journalFileName } from './journal-file';
import { JOURNAL_LAYOUT_CODES, JOURNAL_LAYOUTS } from './journal-layouts';

const caron = { auxiliaryNumber: 'C00CARON1', name: 'Menuiserie Caron' };
const totals = totalsOf([
  { quantityMilli: 2000, unitPriceCents: 95_000, vatRateBp: 2000, discountBp: 0 },
  { quantityMilli: 3000, unitPriceCents: 2_990, vatRateBp: 550, discountBp: 0 },
]);
const invoice: SaleDocument = {
  kind: 'INVOICE',
  number: 'FACT-2026-001',
  invoiceNumber: 'FACT-2026-001',
  day: '2026-03-07',
  customer: caron,
  category: 'SERVICES',
  vatBreakdown: totals.vatBreakdown,
  totalInclTaxCents: totals.totalInclTaxCents,
};
// An imported invoice keeps the other system's number, whatever it looks like.
const imported = {
  ...invoice,
  number: '=1+1',
  invoiceNumber: '=1+1',
  day: '2026-04-01',
  customer: { ...caron, name: 'Caron;\r\n"fils"' },
};
const lines = buildLedger(
  {
    documents: [invoice, imported],
    payments: [
      {
        id: 'p1',
        invoiceNumber: 'FACT-2026-001',
        day: '2026-03-20',
        amountCents: totals.totalInclTaxCents,
        customer: caron,
      },
    ],
    settledOn: new Map([['FACT-2026-001', '2026-03-20']]),
  },
  DEFAULT_ACCOUNTING_SETTINGS,
);

describe('journal exports in accounting-software layouts', () => {
  const fec = readFec(fecFileName('123456789', '2026-12-31'), formatFec(lines).toString('utf8'), {
    siren: '123456789',
    yearStart: '2026-01-01',
    yearEnd: '2026-12-31',
  });

  it.each(JOURNAL_LAYOUT_CODES)('writes in the %s layout the same lines, accounts and totals as the FEC', (code) => {
    const file = readJournal(code, formatJournal(lines, JOURNAL_LAYOUTS[code]).toString('utf8'));
    expect(file.header).toEqual(JOURNAL_READERS[code].header);
    // The FEC keeps the imported number as is; a spreadsheet-readable CSV neutralises it.
    expect(file.rows).toEqual(
      fec.records.map(journalRowOfFec).map((row) => ({ ...row, piece: row.piece.replace(/^=/, "'=") })),
    );
    expect(totalsByAccount(file.rows)).toEqual(totalsByAccount(fec.records.map(journalRowOfFec)));
  });

  it('neutralises a cell a spreadsheet would run as a formula and keeps every record on one line', () => {
    const text = formatJournal(lines, JOURNAL_LAYOUTS.sage).toString('utf8');
    expect(text).toContain(";'=1+1;");
    expect(text.split('\r\n')).toHaveLength(lines.length + 2);
  });

  it('writes the header alone for a year without entries, in ISO 8859-15 when asked', () => {
    const text = iconv.decode(formatJournal([], JOURNAL_LAYOUTS.ebp, 'iso-8859-15'), 'iso-8859-15');
    expect(text).toBe(`${JOURNAL_READERS.ebp.header.join(',')}\r\n`);
  });

  it('names the file after the company, the layout and the year', () => {
    expect(journalFileName('123 456 789', JOURNAL_LAYOUTS.cegid, 2026)).toBe('123456789-journal-cegid-2026.csv');
  });
});
