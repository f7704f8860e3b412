import type { ScheduledInstallment, ScheduledPlan } from './activities.contract';
import type { PaymentPlanView } from './invoice.contract';

interface InstallmentRun extends Readonly<ScheduledInstallment> {
  readonly remindAtMs?: number;
  readonly watchAtMs: number;
  reminded: boolean;
  watched: boolean;
  missed: boolean;
}

export type PlanWake = { kind: 'PLAN_REMINDER' | 'PLAN_WATCH'; at: number; position: number };

export const isPlanWake = (wake: { kind: string }): wake is PlanWake =>
  wake.kind === 'PLAN_REMINDER' || wake.kind === 'PLAN_WATCH';

/**
 * A granted payment plan as the workflow remembers it. `allocated` is the money received since the grant (paid +
 * credited); it goes to the installments in order, so each one's unpaid part follows from it.
 */
export class InstallmentPlan {
  readonly planId: string;
  readonly onMissed: ScheduledPlan['onMissed'];
  readonly #installments: InstallmentRun[];

  constructor(
    scheduled: ScheduledPlan,
    readonly coveredAtGrantCents: number,
  ) {
    this.planId = scheduled.planId;
    this.onMissed = scheduled.onMissed;
    this.#installments = scheduled.installments.map((i) => ({
      ...i,
      remindAtMs: i.remindAt === null ? undefined : Date.parse(i.remindAt),
      watchAtMs: Date.parse(i.watchAt),
      reminded: false,
      watched: false,
      missed: false,
    }));
  }

  unpaidCents(position: number, allocated: number): number {
    let before = 0;
    for (const installment of this.#installments) {
      if (installment.position === position) {
        return Math.min(installment.amountCents, Math.max(0, installment.amountCents - (allocated - before)));
      }
      before += installment.amountCents;
    }
    return 0;
  }

  /** The policy's dunning stays paused unless a missed installment is still unpaid. */
  holdsDunning(allocated: number): boolean {
    return !this.#installments.some((i) => i.missed && this.unpaidCents(i.position, allocated) > 0);
  }

  nextWake(allocated: number): PlanWake | undefined {
    const wakes: PlanWake[] = [];
    for (const i of this.#installments) {
      if (this.unpaidCents(i.position, allocated) === 0) {
        continue;
      }
      if (!i.reminded && i.remindAtMs !== undefined) {
        wakes.push({ kind: 'PLAN_REMINDER', at: i.remindAtMs, position: i.position });
      }
      if (!i.watched) {
        wakes.push({ kind: 'PLAN_WATCH', at: i.watchAtMs, position: i.position });
      }
    }
    return wakes.sort((a, b) => a.at - b.at)[0];
  }

  markReminded(position: number): void {
    const installment = this.#find(position);
    if (installment) {
      installment.reminded = true;
    }
  }

  markMissed(position: number): void {
    const installment = this.#find(position);
    if (installment) {
      Object.assign(installment, { watched: true, missed: true });
    }
  }

  view(allocated: number): PaymentPlanView {
    return {
      planId: this.planId,
      allocatedCents: allocated,
      installments: this.#installments.map((i) => ({
        dueDate: i.dueDate,
        amountCents: i.amountCents,
        missed: i.missed,
      })),
    };
  }

  #find(position: number): InstallmentRun | undefined {
    return this.#installments.find((i) => i.position === position);
  }
}
