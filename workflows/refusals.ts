import { ApplicationFailure } from '@temporalio/workflow';
import { RefusalType, type Actor } from './invoice.contract';
import type { InvoiceRun } from './state';

/** A business refusal: non-retryable, typed so the API maps it to 403 / 409 / 422. */
export const refuse = (type: (typeof RefusalType)[keyof typeof RefusalType], message: string): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
};

/** Until the round's levels are loaded only the phase can be checked; handlers wait for the levels, then check all. */
export function validateApprovalTurn(run: InvoiceRun, actor: Actor): void {
  if (run.roundReady) {
    requireApprovalTurn(run, actor);
  } else if (run.phase !== 'AWAITING_APPROVAL') {
    refuse(RefusalType.CONFLICT, `The invoice is not awaiting approval (it is ${run.phase})`);
  }
}

export function requireApprovalTurn(run: InvoiceRun, actor: Actor): void {
  if (run.phase !== 'AWAITING_APPROVAL') {
    refuse(RefusalType.CONFLICT, `The invoice is not awaiting approval (it is ${run.phase})`);
  }
  const pending = run.pendingLevel;
  if (!pending) {
    return refuse(RefusalType.CONFLICT, 'No approval level is pending');
  }
  if (actor.role !== pending.level.role) {
    refuse(
      RefusalType.FORBIDDEN,
      `Level ${pending.index + 1}/${pending.total} must be decided by ${pending.level.role}; you are ${actor.role}`,
    );
  }
  if (actor.userId === run.createdById) {
    refuse(RefusalType.FORBIDDEN, 'Nobody approves an invoice they created');
  }
}

export function requireIssuedAndOpen(run: InvoiceRun, what: string): void {
  if (!run.issued) {
    refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice is not issued yet (${run.phase})`);
  }
  if (run.settled) {
    refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice is already settled`);
  }
}

export function requireDunningOpen(run: InvoiceRun, what: string): void {
  if (run.phase !== 'SENT') {
    refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice has not been sent (${run.phase})`);
  }
  if (run.settled) {
    refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice is already settled`);
  }
}
