import { DateTime } from 'luxon';
import type { Company, Customer, OperationCategory, VatCategory } from '../generated/prisma/client';
import type { WithCents } from '../prisma/money-columns';
import { lineTotalExclTax, vatBreakdown } from '../common/money';
import { isoDate } from '../common/calendar-date';
import { companyTimeZone } from '../companies/company-settings';
import { addDays } from '../dunning/calendar';
import { creditorReference } from '../payments/creditor-reference';
import { unitCode } from '../einvoicing/unit-codes';
import { exemptionReason, lineVatCategory } from '../einvoicing/vat-categories';
import type { LoadedCreditNote, LoadedInvoice } from './document-data';
import { latePenaltyMention, paymentTermsText, recoveryIndemnityMention } from './french-format';

// The raw facts of an invoice or credit note (cents, basis points, codes, ISO dates): the printed strings and the
// Factur-X XML are both derived from them, so the PDF and the XML cannot disagree.

export interface AddressFacts {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface SellerFacts {
  legalName: string;
  tradeName: string | null;
  legalForm: string;
  shareCapitalCents: number;
  siren: string;
  siret: string;
  rcsCity: string;
  vatNumber: string;
  email: string;
  address: AddressFacts;
  iban: string;
  bic: string;
}

export interface BuyerFacts {
  name: string;
  isBusiness: boolean;
  siren: string | null;
  vatNumber: string | null;
  email: string;
  address: AddressFacts;
}

export interface LineFacts {
  /** 1-based, in printed order. */
  position: number;
  description: string;
  quantityMilli: number;
  unit: string | null;
  /** UN/ECE rec. 20; null when the unit has no code (refused at approval). */
  unitCode: string | null;
  unitPriceCents: number;
  discountBp: number;
  /** Quantity × unit price, before the discount. */
  grossCents: number;
  discountCents: number;
  totalExclTaxCents: number;
  vatRateBp: number;
  vatCategory: VatCategory;
  vatExemptionCode: string | null;
}

export interface VatFacts {
  category: VatCategory;
  vatRateBp: number;
  baseCents: number;
  taxCents: number;
  exemptionCode: string | null;
  exemptionReason: string | null;
}

export interface DocumentFacts {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  /** Null on a draft. */
  number: string | null;
  issueDate: string;
  dueDate: string | null;
  saleDate: string;
  operationCategory: OperationCategory;
  currency: string;
  paymentTermsDays: number;
  customerReference: string | null;
  customerNote: string | null;
  seller: SellerFacts;
  buyer: BuyerFacts;
  /** Only when it differs from the buyer's address. */
  delivery: { name: string | null; address: AddressFacts } | null;
  lines: LineFacts[];
  vat: VatFacts[];
  totals: { exclTaxCents: number; taxCents: number; inclTaxCents: number };
  /** ISO 11649 reference the payer copies into the transfer; null on drafts and credit notes. */
  creditorReference: string | null;
  /** The credited invoice, on a credit note. */
  invoiceReference: { number: string; issueDate: string } | null;
  /** A credit note's reason. */
  reason: string | null;
  /** The legal payment mentions, worded once for the PDF and the XML notes. */
  terms: { paymentTerms: string; latePenalty: string; recoveryIndemnity: string; earlyPaymentDiscount: string };
}

interface FactLine {
  description: string;
  quantityMilli: number;
  unit: string | null;
  unitPriceCents: number;
  vatRateBp: number;
  discountBp: number;
  totalExclTaxCents: number;
  vatCategory: VatCategory | null;
  vatExemptionCode: string | null;
}

const addressOf = (a: {
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
}): AddressFacts => ({
  line1: a.addressLine1,
  line2: a.addressLine2 || null,
  postalCode: a.postalCode,
  city: a.city,
  country: a.country.toUpperCase(),
});

export function sellerFacts(company: WithCents<Company>): SellerFacts {
  const { legalName, legalForm, shareCapitalCents, siren, siret, rcsCity, vatNumber, email, iban, bic } = company;
  return {
    legalName,
    tradeName: company.tradeName || null,
    legalForm,
    shareCapitalCents,
    siren,
    siret,
    rcsCity,
    vatNumber,
    email,
    address: addressOf(company),
    iban,
    bic,
  };
}

export function buyerFacts(customer: Customer): BuyerFacts {
  const name = [customer.name, customer.isBusiness ? customer.legalForm : null].filter(Boolean).join(' ');
  return {
    name,
    isBusiness: customer.isBusiness,
    siren: customer.siren || null,
    vatNumber: customer.vatNumber || null,
    email: customer.billingEmail,
    address: addressOf(customer),
  };
}

export function lineFacts(line: FactLine, index: number): LineFacts {
  const grossCents = lineTotalExclTax({
    quantityMilli: line.quantityMilli,
    unitPriceCents: line.unitPriceCents,
    discountBp: 0,
  });
  return {
    position: index + 1,
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitCode: unitCode(line.unit),
    unitPriceCents: line.unitPriceCents,
    discountBp: line.discountBp,
    grossCents,
    discountCents: grossCents - line.totalExclTaxCents,
    totalExclTaxCents: line.totalExclTaxCents,
    vatRateBp: line.vatRateBp,
    vatCategory: lineVatCategory(line),
    vatExemptionCode: line.vatExemptionCode,
  };
}

/** One row per category, exemption and rate, rounded per rate as money.ts does for the printed table. */
export function vatFacts(lines: LineFacts[]): VatFacts[] {
  const groups = new Map<string, LineFacts[]>();
  for (const line of lines) {
    const key = `${line.vatCategory}|${line.vatExemptionCode ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()].flatMap((group) =>
    vatBreakdown(group).map((bucket) => ({
      category: group[0].vatCategory,
      vatRateBp: bucket.vatRateBp,
      baseCents: bucket.baseCents,
      taxCents: bucket.taxCents,
      exemptionCode: group[0].vatExemptionCode,
      exemptionReason: exemptionReason(group[0].vatExemptionCode),
    })),
  );
}

/** The dates a draft would carry if issued today (company time zone), else the issued ones. */
export function invoiceDates(
  invoice: LoadedInvoice,
  now = new Date(),
): { issueDate: string; dueDate: string; saleDate: string } {
  const issueDate = invoice.issueDate
    ? isoDate(invoice.issueDate)
    : DateTime.fromJSDate(now, { zone: companyTimeZone(invoice.company) }).toISODate()!;
  const dueDate = invoice.dueDate ? isoDate(invoice.dueDate) : addDays(issueDate, invoice.paymentTermsDays);
  return { issueDate, dueDate, saleDate: invoice.saleDate ? isoDate(invoice.saleDate) : issueDate };
}

function deliveryFacts(invoice: LoadedInvoice): DocumentFacts['delivery'] {
  const { deliveryAddressLine1, deliveryPostalCode, deliveryCity } = invoice;
  if (!deliveryAddressLine1 || !deliveryPostalCode || !deliveryCity) {
    return null;
  }
  const address = addressOf({
    addressLine1: deliveryAddressLine1,
    addressLine2: invoice.deliveryAddressLine2,
    postalCode: deliveryPostalCode,
    city: deliveryCity,
    country: invoice.deliveryCountry ?? invoice.customer.country,
  });
  const same = JSON.stringify(address) === JSON.stringify(addressOf(invoice.customer));
  return same ? null : { name: invoice.deliveryName, address };
}

/** An imported number too long for ISO 11649 simply has no RF reference (it is optional in Factur-X). */
function referenceOf(number: string | null): string | null {
  if (!number) {
    return null;
  }
  try {
    return creditorReference(number);
  } catch (error) {
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}

export function invoiceFacts(invoice: LoadedInvoice, now = new Date()): DocumentFacts {
  const lines = invoice.lines.map(lineFacts);
  const dates = invoiceDates(invoice, now);
  return {
    kind: 'INVOICE',
    number: invoice.number,
    ...dates,
    operationCategory: invoice.operationCategory,
    currency: invoice.currency,
    paymentTermsDays: invoice.paymentTermsDays,
    customerReference: invoice.customerReference || null,
    customerNote: invoice.customerNote || null,
    seller: sellerFacts(invoice.company),
    buyer: buyerFacts(invoice.customer),
    delivery: deliveryFacts(invoice),
    lines,
    vat: vatFacts(lines),
    totals: {
      exclTaxCents: invoice.totalExclTaxCents,
      taxCents: invoice.totalTaxCents,
      inclTaxCents: invoice.totalInclTaxCents,
    },
    creditorReference: referenceOf(invoice.number),
    invoiceReference: null,
    reason: null,
    terms: {
      paymentTerms: paymentTermsText(invoice.paymentTermsDays),
      latePenalty: latePenaltyMention(invoice.company),
      recoveryIndemnity: recoveryIndemnityMention(invoice.customer.isBusiness),
      earlyPaymentDiscount: invoice.company.earlyPaymentDiscount,
    },
  };
}

/** A credit note carries its own number, date, lines and totals; parties and dates of sale are the invoice's. */
export function creditNoteFacts(creditNote: LoadedCreditNote): DocumentFacts {
  const invoice = invoiceFacts(creditNote.invoice);
  const lines = creditNote.lines.map((line, index) => lineFacts({ ...line, ...line.invoiceLine }, index));
  return {
    ...invoice,
    kind: 'CREDIT_NOTE',
    number: creditNote.number,
    issueDate: isoDate(creditNote.issueDate),
    dueDate: null,
    lines,
    vat: vatFacts(lines),
    totals: {
      exclTaxCents: creditNote.totalExclTaxCents,
      taxCents: creditNote.totalTaxCents,
      inclTaxCents: creditNote.totalInclTaxCents,
    },
    creditorReference: null,
    invoiceReference: invoice.number ? { number: invoice.number, issueDate: invoice.issueDate } : null,
    reason: creditNote.reason,
  };
}
