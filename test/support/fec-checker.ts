// An independent reader of FEC files: the DGFiP "Test Compta Demat" format rules, plus what that tool does not
// check (balance per entry, continuous numbering per journal), and account totals for comparison with the source.
import { DateTime } from 'luxon';

export const FEC_HEADER =
  'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
const COLUMNS = FEC_HEADER.split('|');
const REQUIRED = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'ValidDate',
];

export type FecRecord = Record<string, string>;

export interface FecReading {
  errors: string[];
  records: FecRecord[];
}

/** Reads a FEC as text and lists every rule it breaks (an empty list means the file passes). */
export function readFec(
  fileName: string,
  text: string,
  expected: { siren: string; yearStart: string; yearEnd: string },
): FecReading {
  const errors: string[] = [];
  const closing = expected.yearEnd.replaceAll('-', '');
  if (fileName !== `${expected.siren}FEC${closing}.txt`) {
    errors.push(`file name ${fileName}: expected ${expected.siren}FEC${closing}.txt`);
  }
  if (!text.endsWith('\r\n')) {
    errors.push('the file must end with CRLF');
  }
  if (/[^\r]\n/.test(text)) {
    errors.push('a line ends with LF alone (CRLF expected)');
  }
  const rows = text.split('\r\n').filter((row) => row !== '');
  if (rows[0] !== FEC_HEADER) {
    errors.push(`header: ${rows[0]}`);
  }
  const records = rows.slice(1).map((row, i) => {
    const fields = row.split('|');
    if (fields.length !== COLUMNS.length) {
      errors.push(`line ${i + 2}: ${fields.length} fields instead of ${COLUMNS.length}`);
    }
    return Object.fromEntries(COLUMNS.map((column, c) => [column, fields[c] ?? '']));
  });
  records.forEach((record, i) => errors.push(...recordErrors(record, expected).map((e) => `line ${i + 2}: ${e}`)));
  errors.push(...balanceErrors(records), ...numberingErrors(records));
  return { errors, records };
}

function recordErrors(r: FecRecord, expected: { yearStart: string; yearEnd: string }): string[] {
  const errors = REQUIRED.filter((column) => r[column] === '').map((column) => `${column} is empty`);
  for (const column of ['EcritureDate', 'PieceDate', 'ValidDate', 'DateLet']) {
    if (r[column] !== '' && !validDay(r[column])) {
      errors.push(`${column} ${r[column]} is not a date AAAAMMJJ`);
    }
  }
  const day = isoOf(r.EcritureDate);
  if (day < expected.yearStart || day > expected.yearEnd) {
    errors.push(`EcritureDate ${r.EcritureDate} outside the year`);
  }
  for (const column of ['Debit', 'Credit']) {
    if (!/^\d+,\d{2}$/.test(r[column])) {
      errors.push(`${column} ${r[column]} is not an amount with a decimal comma`);
    }
  }
  const debit = cents(r.Debit);
  const credit = cents(r.Credit);
  if (debit > 0 === credit > 0) {
    errors.push(`debit ${r.Debit} and credit ${r.Credit}: exactly one must be non-zero`);
  }
  if ((r.CompAuxNum === '') !== (r.CompAuxLib === '')) {
    errors.push('CompAuxNum and CompAuxLib go together');
  }
  if ((r.EcritureLet === '') !== (r.DateLet === '')) {
    errors.push('EcritureLet and DateLet go together');
  }
  if ((r.Montantdevise === '') !== (r.Idevise === '')) {
    errors.push('Montantdevise and Idevise go together');
  }
  if (!/^\d+$/.test(r.EcritureNum)) {
    errors.push(`EcritureNum ${r.EcritureNum} is not a number`);
  }
  return errors;
}

function balanceErrors(records: FecRecord[]): string[] {
  const sums = new Map<string, number>();
  for (const r of records) {
    const key = `${r.JournalCode} ${r.EcritureNum}`;
    sums.set(key, (sums.get(key) ?? 0) + cents(r.Debit) - cents(r.Credit));
  }
  return [...sums.entries()]
    .filter(([, balance]) => balance !== 0)
    .map(([key, balance]) => `entry ${key} is unbalanced by ${balance} cents`);
}

// Entries of a journal are numbered 1, 2, 3… in date order, each entry's lines kept together.
function numberingErrors(records: FecRecord[]): string[] {
  const errors: string[] = [];
  const last = new Map<string, { num: number; date: string }>();
  for (const r of records) {
    const num = Number(r.EcritureNum);
    const previous = last.get(r.JournalCode) ?? { num: 0, date: '' };
    if (num !== previous.num && num !== previous.num + 1) {
      errors.push(`journal ${r.JournalCode}: entry ${num} follows ${previous.num}`);
    }
    if (num < previous.num) {
      errors.push(`journal ${r.JournalCode}: entry ${num} comes back after ${previous.num}`);
    }
    if (r.EcritureDate < previous.date) {
      errors.push(`journal ${r.JournalCode}: entry ${num} dated ${r.EcritureDate} before ${previous.date}`);
    }
    last.set(r.JournalCode, { num: Math.max(num, previous.num), date: r.EcritureDate });
  }
  return errors;
}

/** Debit and credit per account number (in cents). */
export function accountTotals(records: FecRecord[]): Map<string, { debit: number; credit: number }> {
  const totals = new Map<string, { debit: number; credit: number }>();
  for (const r of records) {
    const total = totals.get(r.CompteNum) ?? { debit: 0, credit: 0 };
    total.debit += cents(r.Debit);
    total.credit += cents(r.Credit);
    totals.set(r.CompteNum, total);
  }
  return totals;
}

const cents = (amount: string): number => {
  const [units, decimals = '0'] = amount.split(',');
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
};
const validDay = (day: string): boolean =>
  /^\d{8}$/.test(day) && DateTime.fromFormat(day, 'yyyyMMdd', { zone: 'utc' }).isValid;
const isoOf = (day: string): string => `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
