// The "Retards fréquents" badge (seed 002): a customer with 3 invoices paid late or currently late.
import { localDate } from '../dunning/calendar';
import { isoDate } from '../common/calendar-date';

export const FREQUENT_LATE_THRESHOLD = 3;

export interface CustomerBadge {
  code: 'FREQUENT_LATE_PAYMENTS';
  label: string;
}

export const FREQUENT_LATE_BADGE: CustomerBadge = { code: 'FREQUENT_LATE_PAYMENTS', label: 'Retards fréquents' };

/** The facts of one invoice that tell whether it was paid late or is late now. */
export interface LatenessFacts {
  phase: string;
  dueDate: Date | null;
  settledAt: Date | null;
  balanceCents: number;
  creditedCents: number;
  totalInclTaxCents: number;
}

export interface LateHistory {
  paidLate: number;
  currentlyLate: number;
}

/** Settled by payments (not cancelled by a full credit note) on a local date after the due date. */
export function isPaidLate(invoice: LatenessFacts, timezone: string): boolean {
  if (!invoice.dueDate || !invoice.settledAt || invoice.balanceCents > 0) {
    return false;
  }
  if (invoice.creditedCents >= invoice.totalInclTaxCents) {
    return false;
  }
  return localDate(invoice.settledAt, timezone) > isoDate(invoice.dueDate);
}

/** Sent, not settled, and at or past its due date (today is the company's local date). */
export function isCurrentlyLate(invoice: LatenessFacts, today: string): boolean {
  return invoice.phase === 'SENT' && invoice.balanceCents > 0 && !!invoice.dueDate && isoDate(invoice.dueDate) <= today;
}

export function lateHistoryOf(invoices: LatenessFacts[], today: string, timezone: string): LateHistory {
  return {
    paidLate: invoices.filter((i) => isPaidLate(i, timezone)).length,
    currentlyLate: invoices.filter((i) => isCurrentlyLate(i, today)).length,
  };
}

export function badgesOf(history: LateHistory): CustomerBadge[] {
  return history.paidLate + history.currentlyLate >= FREQUENT_LATE_THRESHOLD ? [FREQUENT_LATE_BADGE] : [];
}
