// Late-payment penalties between businesses (Code de commerce L441-10, D441-5): rate, accrued interest, fixed indemnity.
import { divideRoundHalfUp } from '../common/money';
import { addDays, daysBetween } from './calendar';

/** Fixed recovery indemnity per late invoice between businesses (D441-5): 40 €. */
export const RECOVERY_INDEMNITY_CENTS = 4000;

/**
 * Legal interest rate for professional creditors ("autres cas"), 1st half of 2026: 2,62 %
 * (arrêté du 15 décembre 2025). It changes every 1 January and 1 July: pass the current one.
 */
export const DEFAULT_LEGAL_INTEREST_RATE_BP = 262;

/** A formal notice gives the debtor 8 days from the letter to pay. */
export const FORMAL_NOTICE_DEADLINE_DAYS = 8;

/** The default penalty rate is the ECB main refinancing rate + 10 points. */
const ECB_MARGIN_BP = 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface PenaltyRateInput {
  /** Contractual rate from the terms; null/undefined means the legal default. */
  latePenaltyRateBp?: number | null;
  ecbRateBp: number;
  legalInterestRateBp?: number;
}

/** Where the applicable rate comes from: the terms, the legal default, or the floor of 3 × the legal interest rate. */
export type PenaltyRateBasis = 'CONTRACT' | 'ECB_PLUS_10' | 'LEGAL_FLOOR';

/** The contractual rate or ECB + 10 points, never below 3 × the legal interest rate. */
export function penaltyRateBp(input: PenaltyRateInput): number {
  return penaltyRate(input).rateBp;
}

export function penaltyRate(input: PenaltyRateInput): { rateBp: number; basis: PenaltyRateBasis } {
  const floorBp = 3 * (input.legalInterestRateBp ?? DEFAULT_LEGAL_INTEREST_RATE_BP);
  const stated = input.latePenaltyRateBp ?? input.ecbRateBp + ECB_MARGIN_BP;
  if (stated < floorBp) {
    return { rateBp: floorBp, basis: 'LEGAL_FLOOR' };
  }
  return { rateBp: stated, basis: input.latePenaltyRateBp == null ? 'ECB_PLUS_10' : 'CONTRACT' };
}

export interface Settlement {
  /** Local calendar date the amount was received or credited: it counts from that day on. */
  date: string;
  amountCents: number;
}

export interface LateInterestInput {
  dueDate: string;
  /** Last day counted (local date), inclusive. */
  asOf: string;
  annualRateBp: number;
  totalCents: number;
  settlements: Settlement[];
}

/** Σ over the late days of the day's balance: a balance of B for n days weighs B × n. */
function balanceDays({ dueDate, asOf, totalCents, settlements }: LateInterestInput): bigint {
  const firstLateDay = addDays(dueDate, 1);
  const sorted = [...settlements].sort((a, b) => a.date.localeCompare(b.date));
  let sum = 0n;
  let balance = BigInt(totalCents);
  let periodStart = firstLateDay;
  for (const settlement of sorted) {
    if (settlement.date > asOf) {
      break;
    }
    if (settlement.date > periodStart) {
      sum += balance * BigInt(daysBetween(periodStart, settlement.date));
      periodStart = settlement.date;
    }
    balance -= BigInt(settlement.amountCents);
    if (balance <= 0n) {
      return sum;
    }
  }
  return sum + balance * BigInt(daysBetween(periodStart, asOf) + 1);
}

function assertValidInput({ dueDate, asOf, annualRateBp, totalCents, settlements }: LateInterestInput): void {
  const dates = [dueDate, asOf, ...settlements.map((settlement) => settlement.date)];
  if (!dates.every((date) => ISO_DATE.test(date))) {
    throw new RangeError('Dates must be YYYY-MM-DD calendar dates');
  }
  const amounts = [annualRateBp, totalCents, ...settlements.map((settlement) => settlement.amountCents)];
  if (!amounts.every(Number.isSafeInteger)) {
    throw new RangeError('Rates and amounts must be whole basis points and cents');
  }
  if (annualRateBp < 0) {
    throw new RangeError(`Negative interest rate ${annualRateBp} bp`);
  }
}

/** Simple interest at rate/365 per day on each late day's remaining balance, rounded half up once at the end. */
export function lateInterestCents(input: LateInterestInput): number {
  assertValidInput(input);
  if (input.asOf <= input.dueDate) {
    return 0;
  }
  return divideRoundHalfUp(balanceDays(input) * BigInt(input.annualRateBp), 10_000n * 365n);
}
