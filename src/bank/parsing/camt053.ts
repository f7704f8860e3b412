import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoDate, parseCents } from './amounts';
import { StatementParseError, type ParsedLine, type ParsedStatement } from './statement';

type Node = Record<string, unknown>;

const CAMT053_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d{2})$/;
const REPEATED = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** ISO 20022 bank-to-customer statement, camt.053.001.02 to .13 (the shapes differ in Sts and the parties' nesting). */
export function parseCamt053(xml: string): ParsedStatement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new StatementParseError(`line ${valid.err.line}`, `malformed XML (${valid.err.msg})`);
  }
  const document = (parser.parse(xml) as Node).Document as Node | undefined;
  // removeNSPrefix drops the xmlns attributes: the message version is read from the root element itself.
  const namespace = /<(?:\w+:)?Document\b[^>]*\bxmlns(?::\w+)?="([^"]*camt[^"]*)"/.exec(xml.slice(0, 4000))?.[1] ?? '';
  if (!document || !CAMT053_NAMESPACE.test(namespace)) {
    throw new StatementParseError('Document', `not a camt.053 statement (namespace "${namespace}")`);
  }
  const statements = asArray(child(document, 'BkToCstmrStmt', 'Document').Stmt);
  if (statements.length === 0) {
    throw new StatementParseError('Document/BkToCstmrStmt', 'no Stmt element');
  }
  const ibans = new Set(statements.map((stmt, i) => accountIban(stmt, `Stmt[${i + 1}]`)));
  if (ibans.size > 1) {
    throw new StatementParseError(
      'Document/BkToCstmrStmt',
      `statements of several accounts (${[...ibans].join(', ')})`,
    );
  }
  const lines = statements.flatMap((stmt, s) =>
    asArray(stmt.Ntry).map((entry, n) => entryLine(entry, `Stmt[${s + 1}]/Ntry[${n + 1}]`)),
  );
  return { format: 'CAMT053', accountId: [...ibans][0], lines };
}

function accountIban(stmt: Node, where: string): string {
  const iban = text(path(stmt, ['Acct', 'Id', 'IBAN']));
  if (!iban) {
    throw new StatementParseError(`${where}/Acct/Id/IBAN`, 'missing');
  }
  return iban.replace(/\s+/g, '').toUpperCase();
}

function entryLine(entry: Node, where: string): ParsedLine {
  const amount = child(entry, 'Amt', where);
  const currency = String(amount['@Ccy'] ?? '');
  if (currency !== 'EUR') {
    throw new StatementParseError(`${where}/Amt`, `currency "${currency}" (only EUR is supported)`);
  }
  const cents = parseCents(text(amount) ?? '', `${where}/Amt`);
  const direction = text(entry.CdtDbtInd);
  if (direction !== 'CRDT' && direction !== 'DBIT') {
    throw new StatementParseError(`${where}/CdtDbtInd`, `"${direction ?? ''}" is neither CRDT nor DBIT`);
  }
  const transactions = asArray(entry.NtryDtls).flatMap((details) => asArray(details.TxDtls));
  const unstructured = transactions.flatMap((tx) => asArray(path(tx, ['RmtInf', 'Ustrd'])).map(text));
  const references = transactions.flatMap((tx) =>
    asArray(path(tx, ['RmtInf', 'Strd'])).map((s) => text(path(s, ['CdtrRefInf', 'Ref']))),
  );
  const payer = transactions[0] ? payerOf(transactions[0]) : {};
  const remittance = unstructured.filter(Boolean).join(' ') || undefined;
  return {
    entryReference: text(entry.AcctSvcrRef) ?? text(transactions[0] && path(transactions[0], ['Refs', 'AcctSvcrRef'])),
    bookingDate: dateOf(entry.BookgDt, `${where}/BookgDt`),
    valueDate: entry.ValDt ? dateOf(entry.ValDt, `${where}/ValDt`) : undefined,
    amountCents: direction === 'CRDT' ? cents : -cents,
    label: text(entry.AddtlNtryInf) ?? remittance ?? payer.payerName ?? '',
    remittanceInfo: remittance,
    creditorReference: references.find(Boolean),
    ...payer,
  };
}

// .02 names the debtor directly (Dbtr/Nm), .08 and later wrap it (Dbtr/Pty/Nm).
function payerOf(tx: Node): Pick<ParsedLine, 'payerName' | 'payerIban'> {
  const parties = (tx.RltdPties ?? {}) as Node;
  const name = text(path(parties, ['Dbtr', 'Nm'])) ?? text(path(parties, ['Dbtr', 'Pty', 'Nm']));
  const iban = text(path(parties, ['DbtrAcct', 'Id', 'IBAN']));
  return { payerName: name, payerIban: iban?.replace(/\s+/g, '').toUpperCase() };
}

function dateOf(node: unknown, where: string): string {
  const value = text(path(node, ['Dt'])) ?? text(path(node, ['DtTm']))?.slice(0, 10);
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) {
    throw new StatementParseError(where, value ? `"${value}" is not a date` : 'missing');
  }
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]), where, value ?? '');
}

function child(node: Node, name: string, where: string): Node {
  const value = node[name];
  if (value === undefined || value === null) {
    throw new StatementParseError(`${where}/${name}`, 'missing');
  }
  return (typeof value === 'object' ? value : { '#text': value }) as Node;
}

function path(node: unknown, names: string[]): unknown {
  return names.reduce<unknown>(
    (current, name) => (current && typeof current === 'object' ? (current as Node)[name] : undefined),
    node,
  );
}

function text(node: unknown): string | undefined {
  const value = node && typeof node === 'object' ? (node as Node)['#text'] : node;
  if (value === undefined || value === null || typeof value === 'object') {
    return undefined;
  }
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

function asArray(value: unknown): Node[] {
  if (value === undefined || value === null) {
    return [];
  }
  return (Array.isArray(value) ? value : [value]) as Node[];
}
