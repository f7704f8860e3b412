import { centsOf, withCents } from './money-columns';

describe('money columns', () => {
  it('turns every bigint of a nested Prisma result into cents, leaving dates and JSON alone', () => {
    const issuedAt = new Date('2026-12-01T00:00:00Z');
    const row = {
      totalInclTaxCents: 1_000_000_000_000n,
      issueDate: issuedAt,
      vatBreakdown: [{ baseCents: 5 }],
      lines: [{ unitPriceCents: 12n, quantityMilli: 1000 }],
      note: null,
    };
    expect(withCents(row)).toEqual({
      totalInclTaxCents: 1_000_000_000_000,
      issueDate: issuedAt,
      vatBreakdown: [{ baseCents: 5 }],
      lines: [{ unitPriceCents: 12, quantityMilli: 1000 }],
      note: null,
    });
    expect(withCents(row).issueDate).toBe(issuedAt);
  });

  it('refuses a value a number cannot carry exactly instead of rounding it', () => {
    expect(centsOf(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => centsOf(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
  });
});
