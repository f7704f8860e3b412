// The company's rules for payment plans (Company.paymentPlanSettings, a JSON column read with defaults filled in).

export const MISSED_INSTALLMENT_OUTCOMES = ['RESUME_DUNNING', 'CANCEL_PLAN'] as const;
export type MissedInstallmentOutcome = (typeof MISSED_INSTALLMENT_OUTCOMES)[number];

export interface PaymentPlanSettings {
  /** Days before an installment's due date when the customer is reminded of it (default D-3). */
  reminderDaysBefore: number;
  /** Days after an installment's due date when, still unpaid, it counts as missed (default D+3). */
  missedAfterDays: number;
  onMissed: MissedInstallmentOutcome;
  /** The most installments ADV may grant on its own, for VIP customers only. */
  advMaxInstallments: number;
}

export const DEFAULT_PAYMENT_PLAN_SETTINGS: PaymentPlanSettings = {
  reminderDaysBefore: 3,
  missedAfterDays: 3,
  onMissed: 'RESUME_DUNNING',
  advMaxInstallments: 3,
};

export function paymentPlanSettingsOf(company: { paymentPlanSettings: unknown }): PaymentPlanSettings {
  return { ...DEFAULT_PAYMENT_PLAN_SETTINGS, ...((company.paymentPlanSettings ?? {}) as Partial<PaymentPlanSettings>) };
}
