import iconv from 'iconv-lite';
import { csvRows } from '../common/csv';
import type { FecLine } from './fec-entries';
import type { FecEncoding } from './fec-file';
import type { JournalLayout } from './journal-layouts/journal-layout';

/** The FEC's lines in an accounting software's import layout: header row, one row per line, CRLF. */
export function formatJournal(lines: FecLine[], layout: JournalLayout, encoding: FecEncoding = 'utf-8'): Buffer {
  const header = layout.columns.map((column) => column.header);
  const rows = lines.map((line) => layout.columns.map((column) => oneLine(column.value(line))));
  const text = csvRows([header, ...rows], layout.delimiter);
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'iso-8859-15');
}

// Importers read a record per physical line: a line break inside a label would split it.
const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ');

/** `<SIREN>-journal-sage-2026.csv`. */
export function journalFileName(siren: string, layout: JournalLayout, year: number): string {
  return `${siren.replace(/\s/g, '')}-journal-${layout.code}-${year}.csv`;
}
