import iconv from 'iconv-lite';
import type { FecLine } from './fec-entries';

/** The 18 columns of LPF art. A47 A-1, in order, with their exact names. */
export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

export type FecEncoding = 'utf-8' | 'iso-8859-15';

/** `<SIREN>FEC<AAAAMMJJ>.txt`, the closing date of the exported year. */
export function fecFileName(siren: string, closingDay: string): string {
  return `${siren.replace(/\s/g, '')}FEC${compactDay(closingDay)}.txt`;
}

/** '|'-separated, CRLF, decimal comma without thousands separator, dates AAAAMMJJ; header line first. */
export function formatFec(lines: FecLine[], encoding: FecEncoding = 'utf-8'): Buffer {
  const rows = [FEC_COLUMNS.join('|'), ...lines.map(formatLine)];
  const text = `${rows.join('\r\n')}\r\n`;
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'iso-8859-15');
}

function formatLine(line: FecLine): string {
  return [
    line.journalCode,
    line.journalLib,
    String(line.ecritureNum),
    compactDay(line.ecritureDate),
    line.compteNum,
    line.compteLib,
    line.compAuxNum,
    line.compAuxLib,
    line.pieceRef,
    compactDay(line.pieceDate),
    line.ecritureLib,
    fecAmount(line.debitCents),
    fecAmount(line.creditCents),
    line.ecritureLet,
    line.dateLet ? compactDay(line.dateLet) : '',
    compactDay(line.validDate),
    '',
    '',
  ]
    .map(field)
    .join('|');
}

/** 123456 cents → "1234,56". */
export function fecAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const compactDay = (day: string): string => day.replaceAll('-', '');

// A separator or line break inside a label would shift every column after it.
const field = (value: string): string =>
  value
    .replace(/[|\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
