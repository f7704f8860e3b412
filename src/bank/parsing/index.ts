import iconv from 'iconv-lite';
import { parseCamt053 } from './camt053';
import { parseCsvStatement, type CsvMapping } from './csv-statement';
import { parseOfx } from './ofx';
import { StatementParseError, type ParsedStatement } from './statement';

export type { CsvMapping } from './csv-statement';
export { FRENCH_CSV_MAPPING } from './csv-statement';
export * from './statement';

/** Reads any uploaded bytes as a statement, or throws a StatementParseError naming what failed (never anything else). */
export function parseStatement(bytes: Buffer, csvMapping?: CsvMapping): ParsedStatement {
  const content = decode(bytes);
  if (content.includes('\u0000')) {
    throw new StatementParseError('file', 'binary content (not CAMT.053, OFX or CSV)');
  }
  const head = content.slice(0, 2000);
  try {
    if (/<OFX>|OFXHEADER/.test(head)) {
      return parseOfx(content);
    }
    if (/^\s*<(\?xml|Document)/.test(head) || head.includes('camt.')) {
      return parseCamt053(content);
    }
    return parseCsvStatement(content, csvMapping);
  } catch (error) {
    if (error instanceof StatementParseError) {
      throw error;
    }
    throw new StatementParseError('file', `unreadable (${(error as Error).message})`);
  }
}

// French banks still export CSV and OFX in ISO-8859-1 / Windows-1252: bytes that are not UTF-8 are read as such.
function decode(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\ufffd') ? iconv.decode(bytes, 'win1252') : utf8;
}
