import { setHandler } from '@temporalio/workflow';
import { RefusalType, type InvoiceWorkflowState } from './invoice.contract';
import {
  customerDisputeUpdate,
  declarePaymentUpdate,
  requestPaymentPlanUpdate,
  type CustomerDisputeInput,
  type PaymentDeclarationInput,
  type PaymentPlanRequestInput,
  type PortalActivities,
  type PortalRequestKind,
} from './portal.contract';
import type { Doors } from './activities';
import { refuse, requireDunningOpen } from './refusals';
import type { InvoiceRun } from './state';

type RequestDetails = Parameters<PortalActivities['recordPortalRequest']>[0]['details'];

/** What a customer asks from its portal: the same pauses as staff actions, plus a task for the staff to follow up. */
export function registerPortalHandlers(run: InvoiceRun, doors: Doors): void {
  const portal = new PortalUpdates(run, doors);
  setHandler(declarePaymentUpdate, (input) => portal.declarePayment(input), {
    validator: (input) => portal.validateDeclaration(input),
  });
  setHandler(customerDisputeUpdate, (input) => portal.dispute(input), {
    validator: (_input) => portal.validateDispute(),
  });
  setHandler(requestPaymentPlanUpdate, (input) => portal.requestPlan(input), {
    validator: (input) => portal.validatePlan(input),
  });
}

class PortalUpdates {
  constructor(
    private readonly run: InvoiceRun,
    private readonly doors: Doors,
  ) {}

  async declarePayment(input: PaymentDeclarationInput): Promise<InvoiceWorkflowState> {
    const { actor, paidOn, amountCents, method, pauseUntil } = input;
    const { resumeAt } = await this.doors.db.recordPromise({ invoiceId: this.run.invoiceId, actor, date: pauseUntil });
    await this.record(input, 'PAYMENT_DECLARED', { paidOn, amountCents, method, pauseUntil });
    this.run.promise(pauseUntil, resumeAt);
    return this.run.view();
  }

  validateDeclaration({ amountCents }: PaymentDeclarationInput): void {
    requireDunningOpen(this.run, 'declare a payment');
    if (amountCents > this.run.balanceCents) {
      refuse(RefusalType.UNPROCESSABLE, `The declared amount exceeds the balance due (${this.run.balanceCents} cents)`);
    }
  }

  async dispute(input: CustomerDisputeInput): Promise<InvoiceWorkflowState> {
    await this.doors.db.recordDispute({
      invoiceId: this.run.invoiceId,
      actor: input.actor,
      disputed: true,
      reason: input.reason,
    });
    await this.record(input, 'DISPUTE', { reason: input.reason });
    this.run.dispute();
    return this.run.view();
  }

  validateDispute(): void {
    requireDunningOpen(this.run, 'open a dispute');
    if (this.run.disputed) {
      refuse(RefusalType.CONFLICT, 'The invoice is already disputed');
    }
  }

  async requestPlan(input: PaymentPlanRequestInput): Promise<InvoiceWorkflowState> {
    await this.record(input, 'PAYMENT_PLAN_REQUESTED', {
      installments: input.installments,
      comment: input.comment ?? null,
    });
    return this.run.view();
  }

  validatePlan({ installments }: PaymentPlanRequestInput): void {
    requireDunningOpen(this.run, 'request a payment plan');
    const total = installments.reduce((sum, i) => sum + i.amountCents, 0);
    if (total !== this.run.balanceCents) {
      refuse(
        RefusalType.UNPROCESSABLE,
        `The installments add up to ${total} cents; the balance due is ${this.run.balanceCents} cents`,
      );
    }
  }

  private record(
    input: PaymentDeclarationInput | CustomerDisputeInput | PaymentPlanRequestInput,
    kind: PortalRequestKind,
    details: RequestDetails,
  ): Promise<{ taskId: string }> {
    const idempotencyKey = `${this.run.workflowId}:portal:${input.requestId}`;
    return this.doors.db.recordPortalRequest({
      invoiceId: this.run.invoiceId,
      kind,
      actor: input.actor,
      origin: input.origin,
      details,
      idempotencyKey,
    });
  }
}
