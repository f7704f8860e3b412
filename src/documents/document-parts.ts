import type { Company, Customer } from '../generated/prisma/client';
import type { WithCents } from '../prisma/money-columns';
import { vatBreakdown, type VatBucket } from '../common/money';
import type { CustomerData, LineData, SellerData, TermsData, VatRowData } from './document-data.types';
import type { AddressFacts, DocumentFacts } from './document-facts';
import {
  countryName,
  formatAmount,
  formatDiscount,
  formatIban,
  formatQuantity,
  formatCompactEuros,
  formatSiren,
  formatSiret,
  formatVatRate,
  latePenaltyMention,
  paymentTermsText,
  recoveryIndemnityMention,
} from './french-format';

// The blocks every document shares: seller, customer, lines, VAT table, payment terms.

interface PostalAddress {
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
}

const joinNonEmpty = (parts: Array<string | null | undefined>, separator: string): string =>
  parts.filter(Boolean).join(separator);

export function postalAddress(a: PostalAddress): string {
  return joinNonEmpty([a.addressLine1, a.addressLine2, `${a.postalCode} ${a.city}`, countryName(a.country)], '\n');
}

export function sellerData(company: WithCents<Company>): SellerData {
  const shareCapital = formatCompactEuros(company.shareCapitalCents);
  const formAndCapital = `${company.legalForm} au capital de ${shareCapital}`;
  const siren = formatSiren(company.siren);
  const siret = formatSiret(company.siret);
  const registration = `SIREN ${siren} · SIRET ${siret} · RCS ${company.rcsCity} · TVA intracommunautaire ${company.vatNumber}`;
  const headOffice = postalAddress(company).replace(/\n/g, ', ');
  const legalIdentity = `${company.legalName} · ${formAndCapital} · Siège social : ${headOffice}`;
  const contactItems = [company.phone && `Tél. ${company.phone}`, company.email, company.website];
  return {
    name: company.tradeName || company.legalName,
    legalName: company.legalName,
    legalForm: company.legalForm,
    shareCapital,
    formAndCapital,
    address: postalAddress(company),
    city: company.city,
    siren,
    siret,
    rcsCity: company.rcsCity,
    vatNumber: company.vatNumber,
    email: company.email,
    phone: company.phone ?? '',
    website: company.website ?? '',
    contact: joinNonEmpty(contactItems, ' · '),
    contactLines: joinNonEmpty(contactItems, '\n'),
    headOffice,
    registration,
    legalIdentity,
    legalLine: `${legalIdentity} · ${registration}`,
  };
}

export function customerData(customer: Customer): CustomerData {
  const siren = customer.siren ? formatSiren(customer.siren) : '';
  const vatNumber = customer.vatNumber ?? '';
  const identifiers = customer.isBusiness
    ? joinNonEmpty([siren && `SIREN ${siren}`, vatNumber && `TVA intracommunautaire ${vatNumber}`], ' · ')
    : '';
  return {
    name: joinNonEmpty([customer.name, customer.isBusiness ? customer.legalForm : null], ' '),
    address: postalAddress(customer),
    isBusiness: customer.isBusiness,
    siren,
    siret: customer.siret ? formatSiret(customer.siret) : '',
    vatNumber,
    identifiers,
    attention: customer.decisionMakerName ? `À l'attention de ${customer.decisionMakerName}` : '',
  };
}

export interface PrintableLine {
  description: string;
  quantityMilli: number;
  unit: string | null;
  unitPriceCents: number;
  vatRateBp: number;
  discountBp: number;
  totalExclTaxCents: number;
}

export function lineData(line: PrintableLine): LineData {
  return {
    description: line.description,
    quantity: formatQuantity(line.quantityMilli),
    unit: line.unit ?? '',
    unitPrice: formatAmount(line.unitPriceCents),
    discount: formatDiscount(line.discountBp),
    vatRate: formatVatRate(line.vatRateBp),
    totalExclTax: formatAmount(line.totalExclTaxCents),
  };
}

/** The stored VAT table when it is well-formed, else recomputed from the lines (same rounding as money.ts). */
export function vatBuckets(stored: unknown, lines: PrintableLine[]): VatBucket[] {
  const isBucket = (b: unknown): b is VatBucket =>
    typeof b === 'object' &&
    b !== null &&
    ['vatRateBp', 'baseCents', 'taxCents'].every((k) => typeof (b as Record<string, unknown>)[k] === 'number');
  if (Array.isArray(stored) && stored.length > 0 && stored.every(isBucket)) {
    return [...stored].sort((a, b) => b.vatRateBp - a.vatRateBp);
  }
  return vatBreakdown(lines);
}

export function vatRows(buckets: VatBucket[]): VatRowData[] {
  return buckets.map((b) => ({
    rate: formatVatRate(b.vatRateBp),
    base: formatAmount(b.baseCents),
    tax: formatAmount(b.taxCents),
  }));
}

export function termsData(
  company: WithCents<Company>,
  customer: Customer,
  terms: { paymentTermsDays: number; dueDate: string; reference: string; creditorReference?: string },
): TermsData {
  const iban = formatIban(company.iban);
  const recoveryIndemnity = recoveryIndemnityMention(customer.isBusiness);
  return {
    paymentTerms: paymentTermsText(terms.paymentTermsDays),
    dueDate: terms.dueDate,
    earlyPaymentDiscount: company.earlyPaymentDiscount,
    latePenalty: latePenaltyMention(company),
    recoveryIndemnity,
    hasRecoveryIndemnity: recoveryIndemnity !== '',
    iban,
    bic: company.bic,
    bankName: company.bankName ?? '',
    bankDetails: joinNonEmpty([`IBAN ${iban}`, `BIC ${company.bic}`, company.bankName], ' · '),
    paymentReference: terms.reference ? `Merci de rappeler la référence ${terms.reference} avec votre règlement.` : '',
    creditorReference: terms.creditorReference ?? '',
  };
}

/** "TVA non applicable, art. 293 B du CGI", "Autoliquidation": each exemption the document's lines carry, once. */
export function vatMentions(facts: Pick<DocumentFacts, 'vat'>): string {
  return [...new Set(facts.vat.map((row) => row.exemptionReason).filter(Boolean))].join('\n');
}

const addressText = (a: AddressFacts): string =>
  postalAddress({
    addressLine1: a.line1,
    addressLine2: a.line2,
    postalCode: a.postalCode,
    city: a.city,
    country: a.country,
  });

/** The delivery address, multi-line, when it differs from the customer's; else empty. */
export function deliveryAddressText(facts: Pick<DocumentFacts, 'delivery'>): string {
  if (!facts.delivery) {
    return '';
  }
  return [facts.delivery.name, addressText(facts.delivery.address)].filter(Boolean).join('\n');
}
