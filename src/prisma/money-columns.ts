// The one bigint↔number door: money columns are BIGINT in the database, numbers of cents everywhere else.

/** A row as the application sees it: every bigint (a money column) becomes a number of cents. */
export type WithCents<T> = T extends bigint
  ? number
  : T extends Date
    ? T
    : T extends Array<infer Item>
      ? Array<WithCents<Item>>
      : T extends object
        ? { [K in keyof T]: WithCents<T[K]> }
        : T;

/** A BIGINT money value as a number; refuses one a number cannot carry exactly (never silently rounded). */
export function centsOf(value: bigint | number): number {
  const cents = Number(value);
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`amount ${value} cents is beyond Number.MAX_SAFE_INTEGER`);
  }
  return cents;
}

/** Converts every bigint of a Prisma result (nested includes and arrays too) to a number of cents. */
export function withCents<T>(value: T): WithCents<T> {
  return convert(value) as WithCents<T>;
}

function convert(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return centsOf(value);
  }
  if (Array.isArray(value)) {
    return value.map(convert);
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || !isPlainRecord(value)) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
}

function isPlainRecord(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
