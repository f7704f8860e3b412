import { parse } from 'csv-parse/sync';
import { isoDate, parseCents } from './amounts';
import { StatementParseError, type ParsedLine, type ParsedStatement } from './statement';

/** How a bank's CSV export is laid out: header names of its columns, separators and date order. */
export interface CsvMapping {
  delimiter: string;
  date: string;
  label: string;
  /** Two columns (debit, credit) or one signed `amount` column. */
  debit?: string;
  credit?: string;
  amount?: string;
  dateFormat: 'DD/MM/YYYY' | 'YYYY-MM-DD' | 'MM/DD/YYYY';
  decimal: ',' | '.';
}

/** The usual French layout: `Date;Libellé;Débit;Crédit`, decimal comma, dd/mm/yyyy. */
export const FRENCH_CSV_MAPPING: CsvMapping = {
  delimiter: ';',
  date: 'Date',
  label: 'Libellé',
  debit: 'Débit',
  credit: 'Crédit',
  dateFormat: 'DD/MM/YYYY',
  decimal: ',',
};

export function parseCsvStatement(content: string, mapping: CsvMapping = FRENCH_CSV_MAPPING): ParsedStatement {
  let rows: string[][];
  try {
    rows = parse(content, {
      delimiter: mapping.delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new StatementParseError(line ? `line ${line}` : 'CSV', (error as Error).message);
  }
  const [header, ...records] = rows;
  if (!header) {
    throw new StatementParseError('line 1', 'empty file');
  }
  const column = columnFinder(header.map(normalize));
  const columns = {
    date: column(mapping.date),
    label: column(mapping.label),
    debit: column(mapping.debit),
    credit: column(mapping.credit),
    amount: column(mapping.amount),
  };
  if (columns.date < 0 || columns.label < 0 || (columns.amount < 0 && (columns.debit < 0 || columns.credit < 0))) {
    throw new StatementParseError(
      'line 1',
      `header "${header.join(mapping.delimiter)}" lacks the columns ${describe(mapping)}`,
    );
  }
  const lines = records.map((record, i) => recordLine(record, columns, mapping, `line ${i + 2}`));
  return { format: 'CSV', lines };
}

function recordLine(
  record: string[],
  columns: Record<'date' | 'label' | 'debit' | 'credit' | 'amount', number>,
  mapping: CsvMapping,
  where: string,
): ParsedLine {
  const cell = (index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');
  const amount = (text: string) => (text === '' ? 0 : Math.abs(parseCents(text, where, mapping.decimal)));
  const amountCents =
    columns.amount >= 0
      ? parseCents(cell(columns.amount), where, mapping.decimal)
      : amount(cell(columns.credit)) - amount(cell(columns.debit));
  if (amountCents === 0) {
    throw new StatementParseError(where, 'neither a debit nor a credit');
  }
  return {
    bookingDate: csvDate(cell(columns.date), mapping.dateFormat, where),
    amountCents,
    label: cell(columns.label),
  };
}

function csvDate(text: string, format: CsvMapping['dateFormat'], where: string): string {
  const parts = text.split(/[/.-]/).map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part))) {
    throw new StatementParseError(where, `"${text}" is not a date (${format})`);
  }
  const [year, month, day] =
    format === 'YYYY-MM-DD'
      ? parts
      : format === 'DD/MM/YYYY'
        ? [parts[2], parts[1], parts[0]]
        : [parts[2], parts[0], parts[1]];
  return isoDate(year < 100 ? 2000 + year : year, month, day, where, text);
}

const normalize = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

function columnFinder(header: string[]): (name?: string) => number {
  return (name) => (name ? header.indexOf(normalize(name)) : -1);
}

function describe(mapping: CsvMapping): string {
  const money = mapping.amount ? [mapping.amount] : [mapping.debit, mapping.credit];
  return [mapping.date, mapping.label, ...money].filter(Boolean).join(', ');
}
