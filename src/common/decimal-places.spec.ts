import { hasAtMostDecimals } from './decimal-places';

describe('hasAtMostDecimals', () => {
  it('accepts integers and numbers within the allowed decimals', () => {
    expect([1, 2.5, 1.001, 1_000_000, 0.125].every((v) => hasAtMostDecimals(v, 3))).toBe(true);
  });

  it('refuses more decimals, exponent forms below the precision, non-finite numbers and non-numbers', () => {
    expect(
      [1.0001, 1e-7, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, '1', null].some((v) => hasAtMostDecimals(v, 3)),
    ).toBe(false);
  });
});
