// Reads a journal export back, knowing each software's layout on its own (not through src/), so a test compares it
// line by line with the FEC of the same year.
import { parse } from 'csv-parse/sync';
import type { FecRecord } from './fec-checker';

/** What every layout carries, in a common shape: one debit or credit on one account (the auxiliary one if any). */
export interface JournalRow {
  journal: string;
  day: string;
  piece: string;
  account: string;
  label: string;
  debitCents: number;
  creditCents: number;
  letter: string;
}

type Cells = Record<string, string>;

interface LayoutReader {
  delimiter: string;
  header: string[];
  row: (cells: Cells) => JournalRow;
}

const cents = (text: string, decimal: ',' | '.'): number => {
  if (text === '') {
    return 0;
  }
  const match = new RegExp(`^(\\d+)\\${decimal}(\\d{2})$`).exec(text);
  if (!match) {
    throw new Error(`not an amount: ${JSON.stringify(text)}`);
  }
  return Number(match[1]) * 100 + Number(match[2]);
};
const fromDdmmyy = (text: string): string => `20${text.slice(4, 6)}-${text.slice(2, 4)}-${text.slice(0, 2)}`;
const fromSlashed = (text: string): string => text.split('/').reverse().join('-');
const sides = (sens: string, amountCents: number) =>
  sens === 'D' ? { debitCents: amountCents, creditCents: 0 } : { debitCents: 0, creditCents: amountCents };

export const JOURNAL_READERS: Record<'sage' | 'cegid' | 'ebp', LayoutReader> = {
  sage: {
    delimiter: ';',
    header: [
      'Code journal',
      'Date',
      'N° pièce',
      'N° compte général',
      'N° compte tiers',
      'Libellé écriture',
      'Débit',
      'Crédit',
      'Lettrage',
    ],
    row: (c) => ({
      journal: c['Code journal'],
      day: fromDdmmyy(c.Date),
      piece: c['N° pièce'],
      account: c['N° compte tiers'] || c['N° compte général'],
      label: c['Libellé écriture'],
      debitCents: cents(c['Débit'], ','),
      creditCents: cents(c['Crédit'], ','),
      letter: c.Lettrage,
    }),
  },
  cegid: {
    delimiter: ';',
    header: [
      'Journal',
      'Date',
      'Numero',
      'General',
      'Auxiliaire',
      'Reference',
      'Libelle',
      'Sens',
      'Montant',
      'Lettrage',
    ],
    row: (c) => ({
      journal: c.Journal,
      day: fromSlashed(c.Date),
      piece: c.Reference,
      account: c.Auxiliaire || c.General,
      label: c.Libelle,
      ...sides(c.Sens, cents(c.Montant, ',')),
      letter: c.Lettrage,
    }),
  },
  ebp: {
    delimiter: ',',
    header: ['N° mouvement', 'Date', 'Journal', 'Compte', 'Libellé', 'Pièce', 'Montant', 'Sens', 'Lettrage'],
    row: (c) => ({
      journal: c.Journal,
      day: fromDdmmyy(c.Date),
      piece: c['Pièce'],
      account: c.Compte,
      label: c['Libellé'],
      ...sides(c.Sens, cents(c.Montant, '.')),
      letter: c.Lettrage,
    }),
  },
};

export function readJournal(
  layout: keyof typeof JOURNAL_READERS,
  text: string,
): { header: string[]; rows: JournalRow[] } {
  const reader = JOURNAL_READERS[layout];
  const [header, ...records] = parse(text, {
    delimiter: reader.delimiter,
    record_delimiter: '\r\n',
    relax_column_count: false,
  }) as string[][];
  const rows = records.map((cells) => reader.row(Object.fromEntries(header.map((name, i) => [name, cells[i]]))));
  return { header, rows };
}

/** A FEC line in the same common shape. */
export function journalRowOfFec(record: FecRecord): JournalRow {
  const amount = (text: string) => (text === '' ? 0 : cents(text, ','));
  const day = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  return {
    journal: record.JournalCode,
    day: day(record.EcritureDate),
    piece: record.PieceRef,
    account: record.CompAuxNum || record.CompteNum,
    label: record.EcritureLib,
    debitCents: amount(record.Debit),
    creditCents: amount(record.Credit),
    letter: record.EcritureLet,
  };
}

export function totalsByAccount(rows: JournalRow[]): Map<string, { debit: number; credit: number }> {
  const totals = new Map<string, { debit: number; credit: number }>();
  for (const row of rows) {
    const total = totals.get(row.account) ?? { debit: 0, credit: 0 };
    totals.set(row.account, { debit: total.debit + row.debitCents, credit: total.credit + row.creditCents });
  }
  return totals;
}
