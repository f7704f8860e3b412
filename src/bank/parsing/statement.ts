// What every statement parser yields: the account it belongs to and its lines, amounts in signed integer cents.

export type StatementFormat = 'CAMT053' | 'OFX' | 'CSV';

export interface ParsedLine {
  /** The bank's own entry reference (CAMT AcctSvcrRef, OFX FITID) when the format has one. */
  entryReference?: string;
  /** YYYY-MM-DD */
  bookingDate: string;
  valueDate?: string;
  /** Positive for a credit (money in), negative for a debit. */
  amountCents: number;
  label: string;
  remittanceInfo?: string;
  /** The structured creditor reference (CAMT CdtrRefInf/Ref), as the bank gave it. */
  creditorReference?: string;
  payerName?: string;
  payerIban?: string;
}

export interface ParsedStatement {
  format: StatementFormat;
  /** The account as the file names it: an IBAN (CAMT), a French account id (OFX), none (CSV: chosen at upload). */
  accountId?: string;
  lines: ParsedLine[];
}

/** A file that cannot be read as a statement; `where` names the line or element that failed (answered as a 400). */
export class StatementParseError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}
