import { lineTotalExclTax, totalsFromBreakdown, vatBreakdown, type Totals, type VatBucket } from '../common/money';
import type { PrintableLine } from '../documents/document-parts';

export interface CreditableInvoice {
  totalInclTaxCents: number;
  vatBreakdown: unknown;
  lines: Array<PrintableLine & { id: string }>;
  creditNotes: Array<{
    vatBreakdown: unknown;
    lines: Array<{ invoiceLineId: string; quantityMilli: number; totalExclTaxCents: number }>;
  }>;
}

export interface CreditedLine extends PrintableLine {
  invoiceLineId: string;
}

/**
 * What a credit note credits: chosen lines and quantities (or all that remains), priced like the invoice.
 * A line credited up to its full quantity gets exactly its remaining amount, and a credit note that completes the
 * invoice gets exactly the remaining VAT per rate, so credit notes always add up to the invoice to the cent.
 */
export function creditNoteAmounts(
  invoice: CreditableInvoice,
  request: 'ALL_REMAINING' | Array<{ invoiceLineId: string; quantityMilli: number }>,
): Totals & { lines: CreditedLine[] } {
  const credited = creditedSoFar(invoice);
  const wanted = request === 'ALL_REMAINING' ? allRemaining(invoice, credited) : request;
  if (wanted.length === 0) {
    throw new Error('Nothing remains to credit on this invoice');
  }
  const lines = wanted.map((w, i) => creditLine(invoice, credited, w, i));
  const completes = invoice.lines.every(
    (line) => remainingQty(line, credited) === (lines.find((l) => l.invoiceLineId === line.id)?.quantityMilli ?? 0),
  );
  const breakdown = completes ? remainingBreakdown(invoice) : vatBreakdown(lines);
  return { ...totalsFromBreakdown(breakdown), lines };
}

type Credited = Map<string, { quantityMilli: number; totalExclTaxCents: number }>;

function creditedSoFar(invoice: CreditableInvoice): Credited {
  const credited: Credited = new Map();
  for (const line of invoice.creditNotes.flatMap((c) => c.lines)) {
    const sum = credited.get(line.invoiceLineId) ?? { quantityMilli: 0, totalExclTaxCents: 0 };
    credited.set(line.invoiceLineId, {
      quantityMilli: sum.quantityMilli + line.quantityMilli,
      totalExclTaxCents: sum.totalExclTaxCents + line.totalExclTaxCents,
    });
  }
  return credited;
}

const remainingQty = (line: CreditableInvoice['lines'][number], credited: Credited) =>
  line.quantityMilli - (credited.get(line.id)?.quantityMilli ?? 0);

function allRemaining(invoice: CreditableInvoice, credited: Credited) {
  return invoice.lines
    .map((line) => ({ invoiceLineId: line.id, quantityMilli: remainingQty(line, credited) }))
    .filter((w) => w.quantityMilli > 0);
}

function creditLine(
  invoice: CreditableInvoice,
  credited: Credited,
  wanted: { invoiceLineId: string; quantityMilli: number },
  index: number,
): CreditedLine {
  const line = invoice.lines.find((l) => l.id === wanted.invoiceLineId);
  if (!line) {
    throw new Error(`lines.${index}.invoiceLineId: not a line of this invoice`);
  }
  const remaining = remainingQty(line, credited);
  if (wanted.quantityMilli <= 0) {
    throw new Error(`lines.${index}.quantity: must be positive`);
  }
  if (wanted.quantityMilli > remaining) {
    throw new Error(`lines.${index}.quantity: only ${remaining / 1000} remain to credit on "${line.description}"`);
  }
  const totalExclTaxCents =
    wanted.quantityMilli === remaining
      ? line.totalExclTaxCents - (credited.get(line.id)?.totalExclTaxCents ?? 0)
      : lineTotalExclTax({
          quantityMilli: wanted.quantityMilli,
          unitPriceCents: line.unitPriceCents,
          discountBp: line.discountBp,
        });
  const { description, unit, unitPriceCents, vatRateBp, discountBp } = line;
  return {
    invoiceLineId: line.id,
    description,
    quantityMilli: wanted.quantityMilli,
    unit,
    unitPriceCents,
    vatRateBp,
    discountBp,
    totalExclTaxCents,
  };
}

function remainingBreakdown(invoice: CreditableInvoice): VatBucket[] {
  const previous = invoice.creditNotes.flatMap((c) => c.vatBreakdown as VatBucket[]);
  return (invoice.vatBreakdown as VatBucket[]).map((bucket) => {
    const same = previous.filter((p) => p.vatRateBp === bucket.vatRateBp);
    return {
      vatRateBp: bucket.vatRateBp,
      baseCents: bucket.baseCents - same.reduce((s, p) => s + p.baseCents, 0),
      taxCents: bucket.taxCents - same.reduce((s, p) => s + p.taxCents, 0),
    };
  });
}
