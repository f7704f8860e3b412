import type { Doors } from './activities';
import type { PlanWake } from './installment-plan';
import { nowIso, type InvoiceRun } from './state';

export function describePlanWake(wake: PlanWake): string {
  return wake.kind === 'PLAN_REMINDER'
    ? `Payment plan: reminder of installment ${wake.position}`
    : `Payment plan: is installment ${wake.position} paid?`;
}

/** An installment's reminder is due, or its grace period is over while it is still unpaid. */
export async function handlePlanWake(run: InvoiceRun, doors: Doors, wake: PlanWake): Promise<void> {
  const plan = run.plan;
  if (!plan) {
    return;
  }
  const input = { invoiceId: run.invoiceId, planId: plan.planId, position: wake.position, at: nowIso() };
  const key = `${run.workflowId}:plan:${plan.planId}:${wake.position}`;
  if (wake.kind === 'PLAN_REMINDER') {
    await doors.outbound.remindInstallment.executeWithOptions({ summary: describePlanWake(wake) }, [
      { ...input, idempotencyKey: `${key}:reminder` },
    ]);
    return plan.markReminded(wake.position);
  }
  run.addTasks(await doors.db.recordInstallmentMissed({ ...input, idempotencyKey: `${key}:missed` }), true);
  if (plan.onMissed === 'CANCEL_PLAN') {
    await doors.db.endPaymentPlan({
      planId: plan.planId,
      status: 'CANCELLED',
      reason: `Échéance ${wake.position} non réglée`,
      at: nowIso(),
    });
    return run.endPlan();
  }
  run.missInstallment(wake.position);
}

/** At closing, a plan still running is completed (paid) or cancelled (fully credited). */
export async function closePlan(run: InvoiceRun, db: Doors['db'], outcome: 'PAID' | 'CREDITED'): Promise<void> {
  const plan = run.plan;
  if (!plan) {
    return;
  }
  const ending =
    outcome === 'PAID'
      ? { status: 'COMPLETED' as const, reason: 'Facture réglée' }
      : { status: 'CANCELLED' as const, reason: 'Facture soldée par avoir' };
  await db.endPaymentPlan({ planId: plan.planId, ...ending, at: nowIso() });
  run.endPlan();
}
