// CII value formats: amounts "1234.50", quantities and percents without trailing zeros, dates YYYYMMDD (format 102).

/** Integer cents as a decimal amount with two decimals, computed on integers (no float rounding). */
export function ciiAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An integer in 1/10^scale units as a decimal without trailing zeros: 2500 milli → "2.5". */
function scaled(value: number, scale: number): string {
  const factor = 10 ** scale;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const fraction = String(abs % factor)
    .padStart(scale, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / factor)}${fraction ? `.${fraction}` : ''}`;
}

/** Thousandths of a unit: 2500 → "2.5". */
export const ciiQuantity = (quantityMilli: number): string => scaled(quantityMilli, 3);

/** Basis points as a percent: 550 → "5.5", 2000 → "20". */
export const ciiRate = (basisPoints: number): string => scaled(basisPoints, 2);

/** "2026-11-23" → "20261123". */
export const ciiDate = (isoDate: string): string => isoDate.replace(/-/g, '');
