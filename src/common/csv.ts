// CSV for every export (admin UI lists, API): no dependencies, so the UI bundles it too.

// OWASP "CSV Injection": a spreadsheet runs a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's text; a string a spreadsheet would run as a formula gets a leading single quote. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Nested objects become "customer.name" columns, as react-admin's default exporter did. */
export function flattenRecord(record: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).flatMap(([key, value]) => (isPlainObject(value) ? Object.entries(flattenRecord(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, value]])),
  );
}

/** RFC 4180 CSV with a header row of every column seen, each cell neutralised against formula injection. */
export function toCsv(records: object[]): string {
  const rows = records.map((record) => flattenRecord(record));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const line = (cells: unknown[]) => cells.map((cell) => quote(neutraliseCell(cell))).join(',');
  return [line(columns), ...rows.map((row) => line(columns.map((column) => row[column])))].join('\r\n');
}
