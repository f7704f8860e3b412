// CSV for every export (admin UI lists, API), written by csv-stringify's pure sync build, so the UI bundles it too.
import { stringify } from 'csv-stringify/sync';

// OWASP "CSV Injection": a spreadsheet runs a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

// A negative amount written as text ("-12.50") is a number to a spreadsheet, not a formula.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell's text; a string a spreadsheet would run as a formula gets a leading single quote. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value !== 'string') {
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Nested objects become "customer.name" columns, as react-admin's default exporter did. */
export function flattenRecord(record: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).flatMap(([key, value]) =>
      isPlainObject(value) ? Object.entries(flattenRecord(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, value]],
    ),
  );
}

/** RFC 4180 rows ended by CRLF, quoted where needed, each cell neutralised against formula injection. */
export function csvRows(rows: unknown[][], delimiter = ','): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { delimiter, record_delimiter: 'windows' },
  );
}

/** A header row of every column seen, then one row per record. */
export function toCsv(records: object[]): string {
  const rows = records.map((record) => flattenRecord(record));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return csvRows([columns, ...rows.map((row) => columns.map((column) => row[column]))]);
}
