import { setHandler } from '@temporalio/workflow';
import {
  cancelPaymentPlanUpdate,
  grantPaymentPlanUpdate,
  RefusalType,
  type CancelPaymentPlanInput,
  type InvoiceWorkflowState,
  type PaymentPlanInput,
} from './invoice.contract';
import type { Doors } from './activities';
import { InstallmentPlan } from './installment-plan';
import { refuse } from './refusals';
import { nowIso, type InvoiceRun } from './state';

/** Granting and cancelling a payment plan: checked again under the lock, so the balance they check is the one they plan. */
export function registerPlanHandlers(run: InvoiceRun, doors: Doors): void {
  const plans = new PlanUpdates(run, doors);
  setHandler(grantPaymentPlanUpdate, (input) => plans.grant(input), {
    validator: (input) => plans.validateGrant(input),
  });
  setHandler(cancelPaymentPlanUpdate, (input) => plans.cancel(input), {
    validator: (_input) => plans.validateCancel(),
  });
}

class PlanUpdates {
  constructor(
    private readonly run: InvoiceRun,
    private readonly doors: Doors,
  ) {}

  grant(input: PaymentPlanInput): Promise<InvoiceWorkflowState> {
    return this.run.exclusive(async () => {
      this.validateGrant(input);
      const { requestId, actor, reason, installments } = input;
      const coveredAtGrantCents = this.run.coveredCents;
      const scheduled = await this.doors.db.recordPaymentPlan({
        invoiceId: this.run.invoiceId,
        requestId,
        actor,
        reason,
        installments,
        coveredAtGrantCents,
        at: nowIso(),
      });
      this.run.grantPlan(new InstallmentPlan(scheduled, coveredAtGrantCents));
      return this.run.view();
    });
  }

  validateGrant({ installments }: PaymentPlanInput): void {
    if (this.run.phase !== 'SENT' || this.run.settled) {
      refuse(
        RefusalType.UNPROCESSABLE,
        `A payment plan needs a sent, unpaid invoice (it is ${this.run.settled ? 'settled' : this.run.phase})`,
      );
    }
    if (this.run.disputed) {
      refuse(RefusalType.UNPROCESSABLE, 'The invoice is disputed: resolve the dispute before granting a payment plan');
    }
    if (this.run.plan) {
      refuse(RefusalType.CONFLICT, 'A payment plan is already active on this invoice: cancel it first');
    }
    const total = installments.reduce((sum, i) => sum + i.amountCents, 0);
    if (total !== this.run.balanceCents) {
      refuse(
        RefusalType.UNPROCESSABLE,
        `The installments sum to ${total} cents but the balance is now ${this.run.balanceCents} cents`,
      );
    }
  }

  cancel({ actor, reason }: CancelPaymentPlanInput): Promise<InvoiceWorkflowState> {
    return this.run.exclusive(async () => {
      const planId = this.validateCancel();
      await this.doors.db.endPaymentPlan({ planId, status: 'CANCELLED', reason, actor, at: nowIso() });
      this.run.endPlan();
      return this.run.view();
    });
  }

  validateCancel(): string {
    return this.run.plan?.planId ?? refuse(RefusalType.CONFLICT, 'No payment plan is active on this invoice');
  }
}
