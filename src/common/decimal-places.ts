import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Whether a finite number has at most `places` decimals (also for exponent forms like 1e-7, where class-validator's maxDecimalPlaces throws). */
export function hasAtMostDecimals(value: unknown, places: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

/** A finite number with at most `places` decimals (quantities: 3, percentages: 2). */
export const IsDecimal = (places: number, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDecimal',
      constraints: [places],
      validator: {
        validate: (value) => hasAtMostDecimals(value, places),
        defaultMessage: () => `$property must be a number with at most ${places} decimals`,
      },
    },
    options,
  );
