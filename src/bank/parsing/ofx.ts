import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoDate, parseCents } from './amounts';
import { StatementParseError, type ParsedLine, type ParsedStatement } from './statement';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  parseTagValue: false,
  processEntities: true,
  isArray: (name) => name === 'STMTTRN' || name === 'STMTTRNRS',
});

/**
 * OFX 1.x (SGML: leaf elements are not closed) and 2.x (XML). The npm OFX parsers are unmaintained wrappers around
 * xml2js with their own SGML regexes; closing the leaves ourselves keeps one XML parser (fast-xml-parser) for both.
 */
export function parseOfx(content: string): ParsedStatement {
  const start = content.indexOf('<OFX>');
  if (start < 0) {
    throw new StatementParseError('OFX', 'no <OFX> element');
  }
  const xml = closeSgmlLeaves(content.slice(start));
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new StatementParseError(`OFX element near line ${valid.err.line}`, `malformed (${valid.err.msg})`);
  }
  const ofx = (parser.parse(xml) as Node).OFX as Node;
  const responses = asArray(path(ofx, ['BANKMSGSRSV1', 'STMTTRNRS']));
  if (responses.length === 0) {
    throw new StatementParseError('OFX/BANKMSGSRSV1/STMTTRNRS', 'missing (only bank statements are supported)');
  }
  const statement = path(responses[0], ['STMTRS']) as Node | undefined;
  if (!statement) {
    throw new StatementParseError('OFX/BANKMSGSRSV1/STMTTRNRS/STMTRS', 'missing');
  }
  const currency = text(statement.CURDEF);
  if (currency && currency !== 'EUR') {
    throw new StatementParseError('STMTRS/CURDEF', `currency "${currency}" (only EUR is supported)`);
  }
  const transactions = asArray(path(statement, ['BANKTRANLIST', 'STMTTRN']));
  return {
    format: 'OFX',
    accountId: accountIdOf(statement),
    lines: transactions.map((tx, i) => transactionLine(tx, `STMTTRN[${i + 1}]`)),
  };
}

/** `<TRNAMT>-12.50` followed by anything but `</TRNAMT>` becomes `<TRNAMT>-12.50</TRNAMT>`; raw `&` is escaped. */
export function closeSgmlLeaves(sgml: string): string {
  const tokens = sgml.match(/<[^<>]*>|[^<]+/g) ?? [];
  let xml = '';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const open = /^<([A-Za-z0-9._]+)>$/.exec(token);
    const value = open ? tokens[i + 1] : undefined;
    if (!open || value === undefined || value.startsWith('<') || value.trim() === '') {
      xml += token.startsWith('<') ? token : escapeAmpersands(token);
      continue;
    }
    xml += `${token}${escapeAmpersands(value.trim())}`;
    i += 1;
    if (tokens[i + 1] !== `</${open[1]}>`) {
      xml += `</${open[1]}>`;
    }
  }
  return xml;
}

const escapeAmpersands = (text: string): string =>
  text.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');

// French banks put the RIB parts apart (BANKID 5 digits, BRANCHID 5, ACCTID 11 + key); some give the IBAN whole.
function accountIdOf(statement: Node): string {
  const from = (statement.BANKACCTFROM ?? {}) as Node;
  const account = text(from.ACCTID);
  if (!account) {
    throw new StatementParseError('STMTRS/BANKACCTFROM/ACCTID', 'missing');
  }
  return `${text(from.BANKID) ?? ''}${text(from.BRANCHID) ?? ''}${account}`.replace(/\s+/g, '').toUpperCase();
}

function transactionLine(tx: Node, where: string): ParsedLine {
  const amountText = text(tx.TRNAMT);
  if (!amountText) {
    throw new StatementParseError(`${where}/TRNAMT`, 'missing');
  }
  const name = text(tx.NAME);
  const memo = text(tx.MEMO);
  return {
    entryReference: text(tx.FITID),
    bookingDate: ofxDate(text(tx.DTPOSTED), `${where}/DTPOSTED`),
    valueDate: tx.DTUSER ? ofxDate(text(tx.DTUSER), `${where}/DTUSER`) : undefined,
    amountCents: parseCents(amountText, `${where}/TRNAMT`, amountText.includes(',') ? ',' : '.'),
    label: [name, memo].filter(Boolean).join(' ') || (text(tx.TRNTYPE) ?? ''),
    remittanceInfo: memo,
    payerName: name,
  };
}

function ofxDate(value: string | undefined, where: string): string {
  const match = value ? /^(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  if (!match) {
    throw new StatementParseError(where, value ? `"${value}" is not a date` : 'missing');
  }
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]), where, value ?? '');
}

function path(node: unknown, names: string[]): unknown {
  return names.reduce<unknown>(
    (current, name) => (current && typeof current === 'object' ? (current as Node)[name] : undefined),
    node,
  );
}

function text(node: unknown): string | undefined {
  if (node === undefined || node === null || typeof node === 'object') {
    return undefined;
  }
  const trimmed = String(node).trim();
  return trimmed === '' ? undefined : trimmed;
}

function asArray(value: unknown): Node[] {
  if (value === undefined || value === null) {
    return [];
  }
  return (Array.isArray(value) ? value : [value]) as Node[];
}
