// Payment KPIs of seed 002: DSO (mean days from issue to payment) and the overdue rate at 30 days.
import { addDays, daysBetween } from '../dunning/calendar';

/** Good under 5 %, urgent above 10 % (seed 002). */
export const OVERDUE_30_GOOD_BELOW = 0.05;
export const OVERDUE_30_URGENT_ABOVE = 0.1;

export type OverdueLevel = 'GOOD' | 'WATCH' | 'URGENT';

/** Issue and settlement as local calendar dates (YYYY-MM-DD). */
export interface SettledInvoice {
  issueDate: string;
  settledOn: string;
}

export interface DueInvoice {
  dueDate: string;
  balanceCents: number;
  settledOn: string | null;
}

export interface OverdueAt30 {
  rate: number | null;
  late: number;
  population: number;
  level: OverdueLevel | null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Mean days from issue to settlement, one decimal; null without settled invoices. */
export function meanDaysToSettle(invoices: SettledInvoice[]): number | null {
  if (invoices.length === 0) {
    return null;
  }
  const total = invoices.reduce((sum, i) => sum + daysBetween(i.issueDate, i.settledOn), 0);
  return round(total / invoices.length, 1);
}

/** Still unpaid 30 days after the due date: open now, or settled after D+30. */
export function unpaidAt30(invoice: DueInvoice): boolean {
  if (invoice.balanceCents > 0) {
    return true;
  }
  return invoice.settledOn !== null && invoice.settledOn > addDays(invoice.dueDate, 30);
}

export function overdueLevel(rate: number): OverdueLevel {
  if (rate < OVERDUE_30_GOOD_BELOW) {
    return 'GOOD';
  }
  return rate > OVERDUE_30_URGENT_ABOVE ? 'URGENT' : 'WATCH';
}

/** Share of invoices (all past D+30) still unpaid at D+30; rate as a fraction with 4 decimals. */
export function overdueAt30(invoices: DueInvoice[]): OverdueAt30 {
  if (invoices.length === 0) {
    return { rate: null, late: 0, population: 0, level: null };
  }
  const late = invoices.filter(unpaidAt30).length;
  const rate = round(late / invoices.length, 4);
  return { rate, late, population: invoices.length, level: overdueLevel(rate) };
}
