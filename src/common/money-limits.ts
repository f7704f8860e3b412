// The real limits of money and quantities, enforced identically by validation, the database and workflow payloads.
import { formatEuros } from './money';

/**
 * Largest amount anywhere, in cents (a unit price, a line, an invoice total incl. VAT, a payment, a threshold):
 * 10 000 000 000,00 €. Stored as BIGINT; as a JS number it stays exact with 9 000× headroom below
 * Number.MAX_SAFE_INTEGER, so sums over many invoices (dashboard, customer balances) stay exact too.
 */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

/** Largest quantity of a line (3 decimals): stored in thousandths, 10⁹ fits the 32-bit column. */
export const MAX_QUANTITY = 1_000_000;

export const MAX_AMOUNT_LABEL = formatEuros(MAX_AMOUNT_CENTS);

export function isWithinMaxAmount(cents: number): boolean {
  return Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_AMOUNT_CENTS;
}
