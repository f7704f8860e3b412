import { formatEuros, formatRate, lineTotalExclTax, totalsOf, vatBreakdown } from './money';
import { MAX_AMOUNT_CENTS } from './money-limits';

describe('money', () => {
  it('computes a line with a fractional quantity and a discount, rounded half up', () => {
    // 2.5 days × 333.33 € − 10 % = 749.9925 € → 749.99 €
    expect(lineTotalExclTax({ quantityMilli: 2500, unitPriceCents: 33333, discountBp: 1000 })).toBe(74999);
    // 0.5 × 0.01 € = 0.005 € → 0.01 €
    expect(lineTotalExclTax({ quantityMilli: 500, unitPriceCents: 1, discountBp: 0 })).toBe(1);
  });

  it('rounds VAT once per rate on the summed bases, not per line', () => {
    const lines = [1, 2, 3].map(() => ({ vatRateBp: 2000, totalExclTaxCents: 1 }));
    // per line 0.2 cent each would round to 0; on the 3-cent base it is 0.6 → 1 cent
    expect(vatBreakdown(lines)).toEqual([{ vatRateBp: 2000, baseCents: 3, taxCents: 1 }]);
  });

  it('totals several rates, highest rate first', () => {
    const totals = totalsOf([
      { quantityMilli: 1000, unitPriceCents: 100000, vatRateBp: 2000, discountBp: 0 },
      { quantityMilli: 3000, unitPriceCents: 1999, vatRateBp: 550, discountBp: 0 },
      { quantityMilli: 1000, unitPriceCents: 5000, vatRateBp: 2000, discountBp: 500 },
    ]);
    expect(totals.lineTotals).toEqual([100000, 5997, 4750]);
    expect(totals.vatBreakdown).toEqual([
      { vatRateBp: 2000, baseCents: 104750, taxCents: 20950 },
      { vatRateBp: 550, baseCents: 5997, taxCents: 330 },
    ]);
    expect(totals).toMatchObject({ totalExclTaxCents: 110747, totalTaxCents: 21280, totalInclTaxCents: 132027 });
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    expect(lineTotalExclTax({ quantityMilli: 1_000_000_000, unitPriceCents: 999_999_999, discountBp: 1 })).toBe(
      999_899_999_000_100,
    );
  });

  it('computes the largest allowed total to the cent, VAT rounded once', () => {
    const totals = totalsOf([{ quantityMilli: 1000, unitPriceCents: 833_333_333_333, vatRateBp: 2000, discountBp: 0 }]);
    expect(totals).toMatchObject({
      totalExclTaxCents: 833_333_333_333,
      totalTaxCents: 166_666_666_667,
      totalInclTaxCents: MAX_AMOUNT_CENTS,
    });
    expect(formatEuros(MAX_AMOUNT_CENTS - 1).replace(/\s/g, ' ')).toBe('9 999 999 999,99 €');
  });

  it('formats amounts and rates the French way', () => {
    expect(formatEuros(123456).replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatRate(550)).toBe('5,5 %');
  });
});
