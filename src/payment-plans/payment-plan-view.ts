import { isoDate } from '../common/calendar-date';
import type { StoredPlan } from './payment-plan.repository';
import type { InstallmentStateCode, PaymentPlanDto } from './payment-plan.responses';

const LABELS: Record<InstallmentStateCode, string> = {
  UPCOMING: 'À venir',
  PAID: 'Payée',
  PARTIALLY_PAID: 'Partiellement payée',
  LATE: 'En retard',
};

/**
 * The plan as users see it: the money received since the grant pays the installments in order; one past its due
 * date (company's local `today`) and not fully paid is late.
 */
export function toPaymentPlanView(plan: StoredPlan, coveredCents: number, today: string): PaymentPlanDto {
  const paid = paidPerInstallment(plan, coveredCents);
  const installments = plan.installments.map((i, n) => {
    const paidCents = paid[n];
    const dueDate = isoDate(i.dueDate);
    const code: InstallmentStateCode =
      paidCents === i.amountCents ? 'PAID' : dueDate < today ? 'LATE' : paidCents > 0 ? 'PARTIALLY_PAID' : 'UPCOMING';
    return {
      position: i.position,
      dueDate,
      amountCents: i.amountCents,
      paidCents,
      state: { code, label: LABELS[code] },
      remindedAt: iso(i.remindedAt),
      missedAt: iso(i.missedAt),
    };
  });
  return {
    id: plan.id,
    status: plan.status,
    reason: plan.reason,
    grantedBy: { id: plan.grantedById, fullName: plan.grantedByName },
    onMissed: plan.onMissed,
    createdAt: plan.createdAt.toISOString(),
    endedAt: iso(plan.endedAt),
    endReason: plan.endReason,
    installments,
  };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** What each installment has received: the money since the grant pays them in order. */
function paidPerInstallment(plan: StoredPlan, coveredCents: number): number[] {
  let remaining = Math.max(0, coveredCents - plan.coveredAtGrantCents);
  return plan.installments.map((i) => {
    const paidCents = Math.min(i.amountCents, remaining);
    remaining -= paidCents;
    return paidCents;
  });
}

/** "Retard N jours" counts from the first installment still unpaid past its due date (null: none is late). */
export function planLateFrom(view: PaymentPlanDto): string | null {
  return view.status === 'ACTIVE' ? (view.installments.find((i) => i.state.code === 'LATE')?.dueDate ?? null) : null;
}

/** Under an active plan, the due date of its first installment not fully paid: lateness counts from it (null: none). */
export function planLateFromDay(plan: StoredPlan, coveredCents: number): string | null {
  if (plan.status !== 'ACTIVE') {
    return null;
  }
  const paid = paidPerInstallment(plan, coveredCents);
  const first = plan.installments.find((i, n) => paid[n] < i.amountCents);
  return first ? isoDate(first.dueDate) : null;
}

/** What is overdue under an active plan (late installments' unpaid parts), or null without one: resumed dunning claims only that. */
export function planOverdueCents(view: PaymentPlanDto): number | null {
  if (view.status !== 'ACTIVE') {
    return null;
  }
  return view.installments
    .filter((i) => i.state.code === 'LATE')
    .reduce((sum, i) => sum + i.amountCents - i.paidCents, 0);
}
