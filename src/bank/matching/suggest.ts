import { InvoiceIndex, labelNumberKeys, labelReferences, significantWords, type OpenInvoice } from './invoice-index';

export interface Allocation {
  invoiceId: string;
  number: string;
  amountCents: number;
}

/** One way to apply a credit line: which invoices get how much, why, and how sure we are (0–100). */
export interface Suggestion {
  allocations: Allocation[];
  /** Paid above the balances: kept as a credit of this customer. */
  surplusCents: number;
  customerId: string;
  reason: string;
  confidence: number;
}

interface LineFacts {
  amountCents: number;
  label: string;
  remittanceInfo?: string | null;
  creditorReference?: string | null;
  payerName?: string | null;
  payerIban?: string | null;
}

export const CONFIDENCE = { reference: 100, number: 95, amountAndIban: 80, amountAndName: 70, amountOnly: 30 } as const;
const MAX_SUGGESTIONS = 5;

/** Suggestions for a credit line, best first, in the matching order: RF reference, invoice number, amount + payer. */
export function suggest(line: LineFacts, index: InvoiceIndex): Suggestion[] {
  if (line.amountCents <= 0) {
    return [];
  }
  const text = [line.creditorReference, line.remittanceInfo, line.label].filter(Boolean).join(' ');
  const byReference = unique(labelReferences(text).map((ref) => index.byReference.get(ref)));
  if (byReference.length > 0) {
    return [
      allocate(line.amountCents, byReference, `Référence structurée ${describe(byReference)}`, CONFIDENCE.reference),
    ];
  }
  const byNumber = unique(labelNumberKeys(text).map((key) => index.byNumberKey.get(key)));
  if (byNumber.length > 0) {
    return [
      allocate(
        line.amountCents,
        byNumber,
        `Numéro de facture dans le libellé ${describe(byNumber)}`,
        CONFIDENCE.number,
      ),
    ];
  }
  return byAmountAndPayer(line, index);
}

function byAmountAndPayer(line: LineFacts, index: InvoiceIndex): Suggestion[] {
  const sameAmount = index.byAmount.get(line.amountCents) ?? [];
  const ibanCustomer = line.payerIban ? index.payerIbans.get(line.payerIban) : undefined;
  const nameCustomers = customersNamed(`${line.payerName ?? ''} ${line.label}`, index);
  const suggestions = sameAmount.map((invoice) => {
    if (invoice.customerId === ibanCustomer) {
      return allocate(
        line.amountCents,
        [invoice],
        `Montant exact et IBAN du payeur déjà connu (${invoice.customerName})`,
        CONFIDENCE.amountAndIban,
      );
    }
    if (nameCustomers.has(invoice.customerId)) {
      return allocate(
        line.amountCents,
        [invoice],
        `Montant exact et nom du payeur (${invoice.customerName})`,
        CONFIDENCE.amountAndName,
      );
    }
    return allocate(
      line.amountCents,
      [invoice],
      `Montant exact seulement (${invoice.customerName})`,
      CONFIDENCE.amountOnly,
    );
  });
  // Two invoices of the same customer with the same amount: nothing says which one, so neither is sure.
  const ambiguous = suggestions.filter((s) => s.confidence > CONFIDENCE.amountOnly).length > 1;
  return suggestions
    .map((s) =>
      ambiguous
        ? { ...s, confidence: Math.min(s.confidence, 50), reason: `${s.reason} ; plusieurs factures possibles` }
        : s,
    )
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, MAX_SUGGESTIONS);
}

/** Pays the invoices in order (oldest number first) up to their balances; what is left is the customer's credit. */
export function allocate(amountCents: number, invoices: OpenInvoice[], reason: string, confidence: number): Suggestion {
  let left = amountCents;
  const allocations: Allocation[] = [];
  for (const invoice of [...invoices].sort((a, b) => a.number.localeCompare(b.number))) {
    const amount = Math.min(left, invoice.balanceCents);
    if (amount > 0) {
      allocations.push({ invoiceId: invoice.id, number: invoice.number, amountCents: amount });
    }
    left -= amount;
  }
  return { allocations, surplusCents: left, customerId: invoices[0].customerId, reason, confidence };
}

function customersNamed(text: string, index: InvoiceIndex): Set<string> {
  const words = new Set(significantWords(text));
  return new Set(
    index.customerNames
      .filter((c) => c.words.length > 0 && c.words.every((w) => words.has(w)))
      .map((c) => c.customerId),
  );
}

function unique(invoices: Array<OpenInvoice | undefined>): OpenInvoice[] {
  // An invoice already paid by an earlier line of the same file is no longer a candidate.
  return [
    ...new Map(
      invoices.filter((i): i is OpenInvoice => i !== undefined && i.balanceCents > 0).map((i) => [i.id, i]),
    ).values(),
  ];
}

const describe = (invoices: OpenInvoice[]): string => invoices.map((i) => i.number).join(', ');
