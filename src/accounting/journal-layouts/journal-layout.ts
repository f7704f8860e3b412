import type { FecLine } from '../fec-entries';
import { fecAmount } from '../fec-file';

/** One column of an accounting software's import file: its header and how a FEC line fills it. */
export interface LayoutColumn {
  header: string;
  value: (line: FecLine) => string;
}

/** The import layout of one accounting software: separator and columns, in order. */
export interface JournalLayout {
  /** The `layout` query value. */
  code: string;
  label: string;
  delimiter: string;
  columns: LayoutColumn[];
}

const dayParts = (isoDay: string) => {
  const [year, month, day] = isoDay.split('-');
  return { year, month, day };
};

/** '2026-03-07' → '070326' (JJMMAA). */
export function ddmmyy(isoDay: string): string {
  const { year, month, day } = dayParts(isoDay);
  return `${day}${month}${year.slice(2)}`;
}

/** '2026-03-07' → '07/03/2026'. */
export function ddmmyyyy(isoDay: string): string {
  const { year, month, day } = dayParts(isoDay);
  return `${day}/${month}/${year}`;
}

/** 123456 cents → '1234,56' (or '1234.56'), no thousands separator. */
export const amount = (cents: number, decimalSeparator: ',' | '.'): string =>
  fecAmount(cents).replace(',', decimalSeparator);

/** A debit or credit column: empty on the other side. */
export const sideAmount = (cents: number): string => (cents === 0 ? '' : amount(cents, ','));

/** A line is either a debit or a credit (the FEC never has both). */
export const direction = (line: FecLine): 'D' | 'C' => (line.debitCents > 0 ? 'D' : 'C');

export const lineAmount = (line: FecLine): number => line.debitCents || line.creditCents;
