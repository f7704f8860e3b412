import type { LoadedCreditNote, LoadedInvoice } from '../documents/document-data';
import { sampleCompany, sampleCreditNote, sampleCustomer, sampleInvoice } from '../documents/sample-documents';
import { totalsOf } from '../common/money';
import type { VatCategory } from './vat-categories';

// Invoices and credit notes covering what Factur-X must express, priced by money.ts like real drafts: the
// schematron spec validates each, and template previews can print them.

export interface MatrixLine {
  description: string;
  quantityMilli: number;
  unit: string | null;
  unitPriceCents: number;
  vatRateBp: number;
  discountBp?: number;
  vatCategory?: VatCategory;
  vatExemptionCode?: string;
}

type Line = LoadedInvoice['lines'][number];

export function pricedInvoice(number: string, lines: MatrixLine[], overrides: Partial<LoadedInvoice> = {}): LoadedInvoice {
  const priced = lines.map((line) => ({ ...line, discountBp: line.discountBp ?? 0 }));
  const { lineTotals, ...totals } = totalsOf(priced);
  const rows: Line[] = priced.map((line, i) => ({
    id: `${number}-line-${i + 1}`,
    invoiceId: number,
    position: i + 1,
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    vatRateBp: line.vatRateBp,
    discountBp: line.discountBp,
    totalExclTaxCents: lineTotals[i],
    vatCategory: line.vatCategory ?? null,
    vatExemptionCode: line.vatExemptionCode ?? null,
  }));
  return sampleInvoice({
    id: number,
    number,
    lines: rows,
    totalExclTaxCents: totals.totalExclTaxCents,
    totalTaxCents: totals.totalTaxCents,
    totalInclTaxCents: totals.totalInclTaxCents,
    vatBreakdown: totals.vatBreakdown as unknown as LoadedInvoice['vatBreakdown'],
    balanceCents: totals.totalInclTaxCents,
    ...overrides,
  });
}

/** A credit note of `quantities` (thousandths) of each credited line, by position; all of them when omitted. */
export function pricedCreditNote(invoice: LoadedInvoice, number: string, quantities?: Record<number, number>): LoadedCreditNote {
  const credited = invoice.lines
    .filter((line) => !quantities || quantities[line.position] !== undefined)
    .map((line) => ({ ...line, quantityMilli: quantities?.[line.position] ?? line.quantityMilli }));
  const { lineTotals, ...totals } = totalsOf(credited);
  return {
    ...sampleCreditNote(),
    id: number,
    number,
    invoiceId: invoice.id,
    full: !quantities,
    totalExclTaxCents: totals.totalExclTaxCents,
    totalTaxCents: totals.totalTaxCents,
    totalInclTaxCents: totals.totalInclTaxCents,
    vatBreakdown: totals.vatBreakdown as unknown as LoadedCreditNote['vatBreakdown'],
    lines: credited.map((line, i) => ({
      id: `${number}-line-${i + 1}`,
      creditNoteId: number,
      invoiceLineId: line.id,
      description: line.description,
      quantityMilli: line.quantityMilli,
      unit: line.unit,
      unitPriceCents: line.unitPriceCents,
      vatRateBp: line.vatRateBp,
      discountBp: line.discountBp,
      totalExclTaxCents: lineTotals[i],
      invoiceLine: { vatCategory: line.vatCategory, vatExemptionCode: line.vatExemptionCode },
    })),
    invoice,
  };
}

const consumer = sampleCustomer({ name: 'Éloïse Brétécher', legalForm: null, isBusiness: false, siren: null, siret: null, vatNumber: null, decisionMakerName: null, billingEmail: 'eloise@exemple.fr' });
const belgianBusiness = sampleCustomer({ name: 'Brasserie Liégeoise', legalForm: 'SRL', siren: null, siret: null, vatNumber: 'BE0123456749', addressLine1: 'Rue Féronstrée 12', postalCode: '4000', city: 'Liège', country: 'BE' });

const MULTI_RATE: MatrixLine[] = [
  { description: 'Conseil en organisation', quantityMilli: 7_500, unit: 'heure', unitPriceCents: 12_000, vatRateBp: 2000, discountBp: 500 },
  { description: 'Repas de séminaire', quantityMilli: 14_000, unit: null, unitPriceCents: 2_790, vatRateBp: 1000 },
  { description: 'Ouvrages « Gérer sa trésorerie »', quantityMilli: 3_000, unit: 'u.', unitPriceCents: 2_399, vatRateBp: 550, discountBp: 1250 },
  { description: 'Abonnement presse professionnelle', quantityMilli: 1_000, unit: 'mois', unitPriceCents: 4_590, vatRateBp: 210 },
  { description: 'Café torréfié', quantityMilli: 2_350, unit: 'kg', unitPriceCents: 1_875, vatRateBp: 550 },
];

/** The invoices of the matrix, by name. */
export function matrixInvoices(): Record<string, LoadedInvoice> {
  return {
    'multi-rate-business': pricedInvoice('FACT-2026-101', MULTI_RATE, { operationCategory: 'MIXED' }),
    'consumer-buyer': pricedInvoice('FACT-2026-102', MULTI_RATE.slice(0, 2), { customer: consumer, customerReference: null }),
    'exempt-line': pricedInvoice('FACT-2026-103', [
      MULTI_RATE[0],
      { description: 'Formation professionnelle continue', quantityMilli: 2_000, unit: 'jour', unitPriceCents: 80_000, vatRateBp: 0, vatCategory: 'E', vatExemptionCode: 'VATEX-FR-CGI261-4' },
    ]),
    'franchise-seller': pricedInvoice('FACT-2026-104', [
      { description: 'Cours de piano à domicile', quantityMilli: 10_000, unit: 'h', unitPriceCents: 3_500, vatRateBp: 0, vatCategory: 'E', vatExemptionCode: 'VATEX-FR-FRANCHISE' },
    ], { company: sampleCompany({ legalName: 'Hélène Dupré EI', tradeName: null, legalForm: 'EI', shareCapitalCents: 0 }), customer: consumer }),
    'reverse-charge': pricedInvoice('FACT-2026-105', [
      { description: 'Maintenance du parc informatique', quantityMilli: 3_000, unit: 'jour', unitPriceCents: 65_000, vatRateBp: 0, discountBp: 1000, vatCategory: 'AE', vatExemptionCode: 'VATEX-EU-AE' },
    ], { customer: belgianBusiness, operationCategory: 'SERVICES' }),
    'zero-rated-and-delivery': pricedInvoice('FACT-2026-106', [
      MULTI_RATE[4],
      { description: 'Transport international', quantityMilli: 1_000, unit: 'forfait', unitPriceCents: 18_000, vatRateBp: 0, vatCategory: 'Z' },
    ], {
      operationCategory: 'GOODS',
      deliveryName: 'Entrepôt Martin',
      deliveryAddressLine1: 'ZI des Échets, 3 allée des Métiers',
      deliveryPostalCode: '01700',
      deliveryCity: 'Miribel',
      deliveryCountry: 'FR',
    }),
  };
}

/** A partial and a full credit note of the multi-rate invoice. */
export function matrixCreditNotes(invoices = matrixInvoices()): Record<string, LoadedCreditNote> {
  const multiRate = invoices['multi-rate-business'];
  return {
    'partial-credit-note': pricedCreditNote(multiRate, 'AV-2026-101', { 1: 2_500, 3: 1_000 }),
    'full-credit-note': pricedCreditNote(multiRate, 'AV-2026-102'),
    'full-credit-note-reverse-charge': pricedCreditNote(invoices['reverse-charge'], 'AV-2026-103'),
  };
}
