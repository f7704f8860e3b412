import { DateTime } from 'luxon';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { withCents, type WithCents } from '../prisma/money-columns';
import {
  customerData,
  deliveryAddressText,
  lineData,
  sellerData,
  termsData,
  vatBuckets,
  vatMentions,
  vatRows,
} from './document-parts';
import { creditNoteFacts, invoiceFacts } from './document-facts';
import { printedCreditorReference } from '../payments/creditor-reference';
import type {
  CreditNoteDocumentData,
  FormalNoticeAmounts,
  FormalNoticeDocumentData,
  InvoiceData,
  InvoiceDocumentData,
  ReceiptDocumentData,
} from './document-data.types';
import { UnprocessableDocumentError } from './documents.errors';
import { companyTimeZone } from '../companies/company-settings';
import { FORMAL_NOTICE_DEADLINE_DAYS } from '../dunning/interest';
import { formatDays } from '../messages/format';
import {
  formatAmount,
  formatCalendarDate,
  formatInstantDate,
  formatIsoDate,
  latePenaltyRateText,
  operationCategoryLabel,
  paymentMethodLabel,
  saleDateLabel,
} from './french-format';

export * from './document-data.types';

export const DRAFT_MARK = 'PROJET — document sans valeur de facture';
export const RECEIPT_STAMP = 'FACTURE ACQUITTÉE';

/** The only Prisma delegates the builders read. */
export type DocumentsDb = Pick<PrismaClient, 'invoice' | 'creditNote'>;

const INVOICE_INCLUDE = {
  company: true,
  customer: true,
  lines: { orderBy: { position: 'asc' } },
  payments: { orderBy: [{ paidAt: 'asc' }, { createdAt: 'asc' }] },
} as const satisfies Prisma.InvoiceInclude;

/** A credited line keeps the VAT category and exemption of the invoice line it credits. */
const CREDIT_NOTE_INCLUDE = {
  lines: { include: { invoiceLine: { select: { vatCategory: true, vatExemptionCode: true } } } },
  invoice: { include: INVOICE_INCLUDE },
} as const satisfies Prisma.CreditNoteInclude;

export type LoadedInvoice = WithCents<Prisma.InvoiceGetPayload<{ include: typeof INVOICE_INCLUDE }>>;
export type LoadedCreditNote = WithCents<Prisma.CreditNoteGetPayload<{ include: typeof CREDIT_NOTE_INCLUDE }>>;

export async function loadInvoice(prisma: DocumentsDb, invoiceId: string): Promise<LoadedInvoice> {
  const invoice = await prisma.invoice.findUnique({ where: { id: invoiceId }, include: INVOICE_INCLUDE });
  if (!invoice) {
    throw new UnprocessableDocumentError(`Invoice ${invoiceId} not found`);
  }
  return withLegalNumber(withCents(invoice));
}

/** An imported invoice keeps the number it was issued under in the previous system. */
function withLegalNumber<T extends { number: string | null; externalNumber: string | null }>(invoice: T): T {
  return { ...invoice, number: invoice.number ?? invoice.externalNumber };
}

export async function loadCreditNote(prisma: DocumentsDb, creditNoteId: string): Promise<LoadedCreditNote> {
  const creditNote = await prisma.creditNote.findUnique({ where: { id: creditNoteId }, include: CREDIT_NOTE_INCLUDE });
  if (!creditNote) {
    throw new UnprocessableDocumentError(`Credit note ${creditNoteId} not found`);
  }
  const loaded = withCents(creditNote);
  return { ...loaded, invoice: withLegalNumber(loaded.invoice) };
}

/** A draft (or a forced preview) prints the dates it would carry if issued today, and no number. */
export function invoiceData(invoice: LoadedInvoice, options: { draft?: boolean } = {}, now = new Date()): InvoiceData {
  const draft = options.draft === true || invoice.number === null;
  const facts = invoiceFacts(invoice, now);
  return {
    draft,
    draftMark: draft ? DRAFT_MARK : '',
    number: draft ? '' : (invoice.number ?? ''),
    issueDate: formatIsoDate(facts.issueDate),
    dueDate: formatIsoDate(facts.dueDate ?? facts.issueDate),
    saleDate: formatIsoDate(facts.saleDate),
    saleDateLabel: saleDateLabel(invoice.operationCategory),
    operationCategory: operationCategoryLabel(invoice.operationCategory),
    customerReference: invoice.customerReference ?? '',
    customerNote: facts.customerNote ?? '',
    deliveryAddress: deliveryAddressText(facts),
    vatMentions: vatMentions(facts),
    lines: invoice.lines.map(lineData),
    vat: vatRows(vatBuckets(invoice.vatBreakdown, invoice.lines)),
    totalExclTax: formatAmount(invoice.totalExclTaxCents),
    totalTax: formatAmount(invoice.totalTaxCents),
    totalInclTax: formatAmount(invoice.totalInclTaxCents),
    hasCredit: invoice.creditedCents > 0,
    credited: formatAmount(invoice.creditedCents),
    paid: formatAmount(invoice.paidCents),
    balance: formatAmount(invoice.balanceCents),
  };
}

export function invoiceDocumentData(
  invoice: LoadedInvoice,
  options: { draft?: boolean } = {},
  now = new Date(),
): InvoiceDocumentData {
  const data = invoiceData(invoice, options, now);
  const reference = data.draft ? null : invoiceFacts(invoice, now).creditorReference;
  return {
    pageReference: data.draft ? 'Projet de facture' : `Facture n° ${data.number}`,
    seller: sellerData(invoice.company),
    customer: customerData(invoice.customer),
    invoice: data,
    terms: termsData(invoice.company, invoice.customer, {
      paymentTermsDays: invoice.paymentTermsDays,
      dueDate: data.dueDate,
      reference: data.number,
      creditorReference: reference ? printedCreditorReference(reference) : '',
    }),
  };
}

/** The legal number; drafts have none and are never archived, acknowledged or claimed. */
export function issuedNumber(invoice: Pick<LoadedInvoice, 'id' | 'number'>): string {
  if (invoice.number === null) {
    throw new UnprocessableDocumentError(`Invoice ${invoice.id} is a draft (not issued, no number)`);
  }
  return invoice.number;
}

/** The payment after which the amount still due (total − credit notes) was covered. */
export function settlingPayment(invoice: LoadedInvoice): LoadedInvoice['payments'][number] {
  if (invoice.balanceCents > 0) {
    throw new UnprocessableDocumentError(
      `Invoice ${invoice.number ?? invoice.id} is not fully paid (balance ${formatAmount(invoice.balanceCents)})`,
    );
  }
  const due = invoice.totalInclTaxCents - invoice.creditedCents;
  let paid = 0;
  for (const payment of invoice.payments) {
    paid += payment.amountCents;
    if (paid >= due) {
      return payment;
    }
  }
  const last = invoice.payments.at(-1);
  if (!last) {
    throw new UnprocessableDocumentError(
      `Invoice ${invoice.number ?? invoice.id} has no payment: there is nothing to acknowledge`,
    );
  }
  return last;
}

export function receiptDocumentData(invoice: LoadedInvoice): ReceiptDocumentData {
  issuedNumber(invoice);
  const timeZone = companyTimeZone(invoice.company);
  const settling = settlingPayment(invoice);
  const settledDate = formatInstantDate(settling.paidAt, timeZone);
  const payments = invoice.payments.map((p) => ({
    date: formatInstantDate(p.paidAt, timeZone),
    method: paymentMethodLabel(p.method),
    amount: formatAmount(p.amountCents),
    reference: p.reference ?? '',
  }));
  const totalPaid = formatAmount(invoice.payments.reduce((sum, p) => sum + p.amountCents, 0));
  const receipt = {
    stamp: RECEIPT_STAMP,
    mention: `Acquittée le ${settledDate}`,
    settledDate,
    settledMethod: paymentMethodLabel(settling.method),
    payments,
    totalPaid,
  };
  return { ...invoiceDocumentData(invoice), pageReference: `Facture acquittée n° ${invoice.number}`, receipt };
}

export function creditNoteDocumentData(creditNote: LoadedCreditNote): CreditNoteDocumentData {
  const invoice = creditNote.invoice;
  const invoiceNumber = issuedNumber(invoice);
  const credited = invoiceData(invoice);
  return {
    pageReference: `Avoir n° ${creditNote.number} — facture n° ${invoiceNumber}`,
    seller: sellerData(invoice.company),
    customer: customerData(invoice.customer),
    invoice: credited,
    creditNote: {
      number: creditNote.number,
      issueDate: formatCalendarDate(creditNote.issueDate),
      reason: creditNote.reason,
      kind: creditNote.full ? 'Avoir total' : 'Avoir partiel',
      reference: `Avoir sur la facture n° ${invoiceNumber} du ${credited.issueDate}`,
      vatMentions: vatMentions(creditNoteFacts(creditNote)),
      lines: creditNote.lines.map(lineData),
      vat: vatRows(vatBuckets(creditNote.vatBreakdown, creditNote.lines)),
      totalExclTax: formatAmount(creditNote.totalExclTaxCents),
      totalTax: formatAmount(creditNote.totalTaxCents),
      totalInclTax: formatAmount(creditNote.totalInclTaxCents),
    },
    terms: termsData(invoice.company, invoice.customer, {
      paymentTermsDays: invoice.paymentTermsDays,
      dueDate: credited.dueDate,
      reference: creditNote.number,
    }),
  };
}

/** "YYYY-MM-DD" is a calendar date; a Date or an ISO instant is read in the company's time zone. */
function dayIn(value: Date | string | undefined, timeZone: string, fallback: DateTime): DateTime {
  if (value === undefined) {
    return fallback;
  }
  if (value instanceof Date) {
    return DateTime.fromJSDate(value, { zone: timeZone });
  }
  const parsed = DateTime.fromISO(value, { zone: timeZone });
  if (!parsed.isValid) {
    throw new UnprocessableDocumentError(`Invalid date "${value}" for the formal notice`);
  }
  return parsed;
}

export function formalNoticeDocumentData(
  invoice: LoadedInvoice,
  amounts: FormalNoticeAmounts,
  now = new Date(),
): FormalNoticeDocumentData {
  const number = issuedNumber(invoice);
  const base = invoiceDocumentData(invoice, {}, now);
  const timeZone = companyTimeZone(invoice.company);
  const letter = dayIn(amounts.letterDate, timeZone, DateTime.fromJSDate(now, { zone: timeZone }));
  const deadline = dayIn(amounts.deadline, timeZone, letter.plus({ days: FORMAL_NOTICE_DEADLINE_DAYS }));
  const letterDate = letter.toFormat('dd/MM/yyyy');
  const daysLate = formatDays(amounts.daysLate);
  const total = amounts.balanceCents + amounts.interestCents + amounts.indemnityCents;
  const row = {
    number,
    issueDate: base.invoice.issueDate,
    dueDate: base.invoice.dueDate,
    totalInclTax: base.invoice.totalInclTax,
    balance: formatAmount(amounts.balanceCents),
    daysLate,
  };
  return {
    ...base,
    pageReference: `Mise en demeure — facture n° ${number}`,
    notice: {
      letterDate,
      placeAndDate: `${invoice.company.city}, le ${letterDate}`,
      subject: `Mise en demeure de payer — facture n° ${number}`,
      invoices: [row],
      daysLate,
      penaltyRate: latePenaltyRateText(invoice.company),
      balance: formatAmount(amounts.balanceCents),
      interest: formatAmount(amounts.interestCents),
      hasIndemnity: amounts.indemnityCents > 0,
      indemnity: formatAmount(amounts.indemnityCents),
      total: formatAmount(total),
      deadline: deadline.toFormat('dd/MM/yyyy'),
    },
  };
}
