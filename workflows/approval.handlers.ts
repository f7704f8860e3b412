import { condition, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  approveUpdate,
  RefusalType,
  rejectUpdate,
  resubmitUpdate,
  sendUpdate,
  type Actor,
  type ApproveInput,
  type InvoiceWorkflowState,
  type RejectInput,
  type SendInput,
} from './invoice.contract';
import type { Doors } from './activities';
import { refuse, requireApprovalTurn, validateApprovalTurn } from './refusals';
import { nowIso, type InvoiceRun } from './state';

/** Approve, reject, resubmit and send: the updates of the approval circuit and of issuing. */
export function registerApprovalHandlers(run: InvoiceRun, doors: Doors): void {
  const approval = new ApprovalUpdates(run, doors);
  setHandler(approveUpdate, (input) => approval.approve(input), {
    validator: ({ actor }) => validateApprovalTurn(run, actor),
  });
  setHandler(rejectUpdate, (input) => approval.reject(input), { validator: (input) => approval.validateReject(input) });
  setHandler(resubmitUpdate, (input) => approval.resubmit(input), {
    validator: (_input) => approval.validateResubmit(),
  });
  setHandler(sendUpdate, (input) => approval.send(input), { validator: (input) => approval.validateSend(input) });
}

class ApprovalUpdates {
  constructor(
    private readonly run: InvoiceRun,
    private readonly doors: Doors,
  ) {}

  approve({ actor, comment }: ApproveInput): Promise<InvoiceWorkflowState> {
    return this.run.exclusive(async () => {
      await this.recordDecision(actor, true, comment);
      this.run.approveLevel();
      // The last approval answers once the legal number is assigned, so the caller sees the issued invoice.
      if (!this.run.pendingLevel) {
        await condition(() => this.run.phase !== 'AWAITING_APPROVAL');
      }
      return this.run.view();
    });
  }

  reject({ actor, reason }: RejectInput): Promise<InvoiceWorkflowState> {
    return this.run.exclusive(async () => {
      await this.recordDecision(actor, false, reason);
      this.run.reject();
      return this.run.view();
    });
  }

  validateReject({ actor, reason }: RejectInput): void {
    validateApprovalTurn(this.run, actor);
    if (!reason.trim()) {
      refuse(RefusalType.UNPROCESSABLE, 'A rejection needs a reason');
    }
  }

  async resubmit({ actor }: { actor: Actor }): Promise<InvoiceWorkflowState> {
    const round = this.run.round;
    this.run.resubmit(actor);
    await condition(() => this.run.round > round);
    return this.run.view();
  }

  validateResubmit(): void {
    if (this.run.phase !== 'REJECTED') {
      refuse(RefusalType.CONFLICT, `Only a rejected invoice can be resubmitted (it is ${this.run.phase})`);
    }
  }

  async send({ actor, scheduledAt }: SendInput): Promise<InvoiceWorkflowState> {
    const at = scheduledAt && Date.parse(scheduledAt) > Date.now() ? Date.parse(scheduledAt) : undefined;
    await this.doors.db.scheduleSending({
      invoiceId: this.run.invoiceId,
      actor,
      scheduledAt: at ? new Date(at).toISOString() : null,
    });
    this.run.requestSend(at);
    return this.run.view();
  }

  validateSend({ actor }: SendInput): void {
    if (this.run.phase !== 'ISSUED') {
      refuse(RefusalType.CONFLICT, `Only an issued, unsent invoice can be sent (it is ${this.run.phase})`);
    }
    if (actor.role !== 'ADV' && actor.role !== 'ADMIN') {
      refuse(RefusalType.FORBIDDEN, `Sending is done by ADV; you are ${actor.role}`);
    }
  }

  // Waits for the round's levels, checks the turn again (the validator may have run before they were loaded), records.
  private async recordDecision(actor: Actor, approved: boolean, comment: string | undefined): Promise<void> {
    const run = this.run;
    await condition(() => run.roundReady || run.phase !== 'AWAITING_APPROVAL');
    requireApprovalTurn(run, actor);
    const { index, level } = run.pendingLevel!;
    await this.doors.db.recordApprovalDecision({
      invoiceId: run.invoiceId,
      round: run.round,
      level: index + 1,
      role: level.role,
      approved,
      actor,
      comment,
      requestId: `${run.workflowId}:${workflowInfo().runId}:${approved ? 'approve' : 'reject'}:${run.round}:${index + 1}`,
      at: nowIso(),
    });
  }
}
