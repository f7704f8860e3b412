// Money is integer cents, quantities thousandths, rates basis points; arithmetic in BigInt, rounded half up.

/** VAT rates allowed in France, in basis points (20 %, 10 %, 5,5 %, 2,1 %, 0 %). */
export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;
export const VAT_RATES_PERCENT = VAT_RATES_BP.map((bp) => bp / 100);

export interface PricedLine {
  quantityMilli: number;
  unitPriceCents: number;
  vatRateBp: number;
  discountBp: number;
}

export interface VatBucket {
  vatRateBp: number;
  baseCents: number;
  taxCents: number;
}

export interface Totals {
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
  vatBreakdown: VatBucket[];
}

/** numerator / denominator rounded half away from zero, both positive. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** A line's amount excl. VAT: quantity × unit price × (1 − discount), rounded to the cent. */
export function lineTotalExclTax(line: Omit<PricedLine, 'vatRateBp'>): number {
  const numerator = BigInt(line.quantityMilli) * BigInt(line.unitPriceCents) * BigInt(10_000 - line.discountBp);
  return divideRoundHalfUp(numerator, 1000n * 10_000n);
}

/** VAT per rate on the summed bases (rounded once per rate, as on the invoice's VAT table). */
export function vatBreakdown(lines: Array<{ vatRateBp: number; totalExclTaxCents: number }>): VatBucket[] {
  const bases = new Map<number, number>();
  for (const line of lines) {
    bases.set(line.vatRateBp, (bases.get(line.vatRateBp) ?? 0) + line.totalExclTaxCents);
  }
  return [...bases.entries()]
    .sort(([a], [b]) => b - a)
    .map(([vatRateBp, baseCents]) => ({
      vatRateBp,
      baseCents,
      taxCents: divideRoundHalfUp(BigInt(baseCents) * BigInt(vatRateBp), 10_000n),
    }));
}

export function totalsOf(lines: PricedLine[]): Totals & { lineTotals: number[] } {
  const lineTotals = lines.map(lineTotalExclTax);
  const breakdown = vatBreakdown(
    lines.map((line, i) => ({ vatRateBp: line.vatRateBp, totalExclTaxCents: lineTotals[i] })),
  );
  return { lineTotals, ...totalsFromBreakdown(breakdown) };
}

export function totalsFromBreakdown(breakdown: VatBucket[]): Totals {
  const totalExclTaxCents = breakdown.reduce((sum, b) => sum + b.baseCents, 0);
  const totalTaxCents = breakdown.reduce((sum, b) => sum + b.taxCents, 0);
  return {
    totalExclTaxCents,
    totalTaxCents,
    totalInclTaxCents: totalExclTaxCents + totalTaxCents,
    vatBreakdown: breakdown,
  };
}

/** "1 234,56 €" (French formatting, narrow no-break spaces as Intl gives them). */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "20 %", "5,5 %". */
export function formatRate(bp: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(bp / 100)} %`;
}
