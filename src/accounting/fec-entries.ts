import type { VatBucket } from '../common/money';
import { formatRate } from '../common/money';
import type { AccountingSettings } from './accounting-settings';

/** An issued invoice or credit note, as the sales journal needs it. */
export interface SaleDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  /** The invoice a credit note corrects (its own number for an invoice): lettering groups by it. */
  invoiceNumber: string;
  day: string;
  customer: CustomerAccount;
  category: 'GOODS' | 'SERVICES' | 'MIXED';
  vatBreakdown: VatBucket[];
  totalInclTaxCents: number;
}

export interface PaymentRecord {
  invoiceNumber: string;
  day: string;
  amountCents: number;
  customer: CustomerAccount;
  /** Orders payments of the same day and invoice. */
  id: string;
  /** A payment later undone (on its own day) and its undo (on the day of the undo): they offset, never lettered. */
  undo?: 'CANCELLED' | 'REVERSAL';
}

export interface CustomerAccount {
  auxiliaryNumber: string;
  name: string;
}

/** One FEC line: an account debited or credited within a numbered, balanced entry. */
export interface FecLine {
  journalCode: string;
  journalLib: string;
  ecritureNum: number;
  ecritureDate: string;
  compteNum: string;
  compteLib: string;
  compAuxNum: string;
  compAuxLib: string;
  pieceRef: string;
  pieceDate: string;
  ecritureLib: string;
  debitCents: number;
  creditCents: number;
  ecritureLet: string;
  dateLet: string;
  validDate: string;
}

export interface LedgerInput {
  documents: SaleDocument[];
  payments: PaymentRecord[];
  /** Invoice number → the day it was fully settled (only those settled by the end of the exported year). */
  settledOn: Map<string, string>;
}

type Posting = Pick<
  FecLine,
  'compteNum' | 'compteLib' | 'compAuxNum' | 'compAuxLib' | 'ecritureLib' | 'debitCents' | 'creditCents'
> & { invoiceNumber?: string };

/** The sales (VT) and bank (BQ) journals: entries numbered continuously per journal in date order, each balanced. */
export function buildLedger(input: LedgerInput, settings: AccountingSettings): FecLine[] {
  const letters = letteringCodes(input.settledOn);
  const sales = [...input.documents].sort((a, b) => a.day.localeCompare(b.day) || a.number.localeCompare(b.number));
  const payments = [...input.payments].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.invoiceNumber.localeCompare(b.invoiceNumber) ||
      reversalLast(a) - reversalLast(b) ||
      a.id.localeCompare(b.id),
  );
  const salesLines = sales.flatMap((doc, i) =>
    entry(settings.salesJournal, i + 1, doc.day, doc.number, salePostings(doc, settings)),
  );
  const bankLines = payments.flatMap((payment, i) =>
    entry(settings.bankJournal, i + 1, payment.day, payment.invoiceNumber, paymentPostings(payment, settings)),
  );
  return [...salesLines, ...bankLines].map((line) => letter(line, letters, input.settledOn));
}

// On the same day, an undo follows the payment it reverses.
const reversalLast = (payment: PaymentRecord) => (payment.undo === 'REVERSAL' ? 1 : 0);

function entry(
  journal: { code: string; label: string },
  num: number,
  day: string,
  pieceRef: string,
  postings: Posting[],
): Array<FecLine & { invoiceNumber?: string }> {
  return postings
    .filter((p) => p.debitCents !== 0 || p.creditCents !== 0)
    .map((p) => ({
      journalCode: journal.code,
      journalLib: journal.label,
      ecritureNum: num,
      ecritureDate: day,
      pieceRef,
      pieceDate: day,
      validDate: day,
      ecritureLet: '',
      dateLet: '',
      ...p,
    }));
}

// An invoice debits the customer incl. VAT and credits revenue and VAT per rate; a credit note is the reverse entry.
function salePostings(doc: SaleDocument, settings: AccountingSettings): Posting[] {
  const { accounts } = settings;
  const revenue = doc.category === 'GOODS' ? accounts.goods : accounts.services;
  const sign = doc.kind === 'INVOICE' ? 1 : -1;
  const label = `${doc.kind === 'INVOICE' ? 'Facture' : 'Avoir'} ${doc.number} ${doc.customer.name}`;
  const side = (cents: number, debit: boolean) =>
    debit === sign > 0 ? { debitCents: cents, creditCents: 0 } : { debitCents: 0, creditCents: cents };
  const customer: Posting = {
    compteNum: accounts.customers.number,
    compteLib: accounts.customers.label,
    compAuxNum: doc.customer.auxiliaryNumber,
    compAuxLib: doc.customer.name,
    ecritureLib: label,
    invoiceNumber: doc.invoiceNumber,
    ...side(doc.totalInclTaxCents, true),
  };
  const perRate = doc.vatBreakdown.flatMap((bucket): Posting[] => [
    {
      compteNum: revenue.number,
      compteLib: revenue.label,
      compAuxNum: '',
      compAuxLib: '',
      ecritureLib: `${label} HT ${formatRate(bucket.vatRateBp)}`,
      ...side(bucket.baseCents, false),
    },
    {
      compteNum: accounts.vatCollected.number,
      compteLib: `${accounts.vatCollected.label} ${formatRate(bucket.vatRateBp)}`,
      compAuxNum: '',
      compAuxLib: '',
      ecritureLib: `${label} TVA ${formatRate(bucket.vatRateBp)}`,
      ...side(bucket.taxCents, false),
    },
  ]);
  return [customer, ...perRate];
}

function paymentPostings(payment: PaymentRecord, settings: AccountingSettings): Posting[] {
  const postings = receiptPostings(payment, settings);
  if (payment.undo === undefined) {
    return postings;
  }
  const unlettered = postings.map(({ invoiceNumber: _lettering, ...posting }) => posting);
  if (payment.undo === 'CANCELLED') {
    return unlettered;
  }
  return unlettered.map((p) => ({
    ...p,
    ecritureLib: `Annulation ${p.ecritureLib}`,
    debitCents: p.creditCents,
    creditCents: p.debitCents,
  }));
}

function receiptPostings(payment: PaymentRecord, settings: AccountingSettings): Posting[] {
  const { accounts } = settings;
  const label = `Règlement ${payment.invoiceNumber} ${payment.customer.name}`;
  return [
    {
      compteNum: accounts.bank.number,
      compteLib: accounts.bank.label,
      compAuxNum: '',
      compAuxLib: '',
      ecritureLib: label,
      debitCents: payment.amountCents,
      creditCents: 0,
    },
    {
      compteNum: accounts.customers.number,
      compteLib: accounts.customers.label,
      compAuxNum: payment.customer.auxiliaryNumber,
      compAuxLib: payment.customer.name,
      ecritureLib: label,
      debitCents: 0,
      creditCents: payment.amountCents,
      invoiceNumber: payment.invoiceNumber,
    },
  ];
}

// Customer lines of a settled invoice (the invoice, its credit notes, its payments) share one letter code.
function letter(
  line: FecLine & { invoiceNumber?: string },
  letters: Map<string, string>,
  settledOn: Map<string, string>,
): FecLine {
  const { invoiceNumber, ...fecLine } = line;
  const code = invoiceNumber ? letters.get(invoiceNumber) : undefined;
  return code ? { ...fecLine, ecritureLet: code, dateLet: settledOn.get(invoiceNumber!)! } : fecLine;
}

/** AAA, AAB, … in order of settlement, so codes are stable for a given year's data. */
function letteringCodes(settledOn: Map<string, string>): Map<string, string> {
  const ordered = [...settledOn.entries()].sort(
    ([a, dayA], [b, dayB]) => dayA.localeCompare(dayB) || a.localeCompare(b),
  );
  return new Map(ordered.map(([invoiceNumber], i) => [invoiceNumber, letterCode(i)]));
}

export function letterCode(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let code = '';
  let n = index;
  for (let i = 0; i < 3; i++) {
    code = letters[n % 26] + code;
    n = Math.floor(n / 26);
  }
  return code;
}
