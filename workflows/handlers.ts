import { ApplicationFailure, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  approveUpdate,
  completeTaskUpdate,
  disputeUpdate,
  issueCreditNoteUpdate,
  promiseToPayUpdate,
  recordPaymentUpdate,
  RefusalType,
  rejectUpdate,
  resubmitUpdate,
  resumeUpdate,
  sendUpdate,
  stateQuery,
  type Actor,
  type CreditNoteInput,
  type PaymentInput,
} from './invoice.contract';
import { db, outbound } from './activities';
import { nowIso, type InvoiceRun } from './state';

const refuse = (type: string, message: string): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
};

/** Until the round's levels are loaded only the phase can be checked; handlers wait for the levels, then check all. */
function validateApprovalTurn(run: InvoiceRun, actor: Actor): void {
  if (run.roundReady) requireApprovalTurn(run, actor);
  else if (run.phase !== 'AWAITING_APPROVAL') refuse(RefusalType.CONFLICT, `The invoice is not awaiting approval (it is ${run.phase})`);
}

const roundLoaded = (run: InvoiceRun) => condition(() => run.roundReady || run.phase !== 'AWAITING_APPROVAL');

function requireApprovalTurn(run: InvoiceRun, actor: Actor): void {
  if (run.phase !== 'AWAITING_APPROVAL') refuse(RefusalType.CONFLICT, `The invoice is not awaiting approval (it is ${run.phase})`);
  const level = run.levels[run.levelIndex];
  if (!level) refuse(RefusalType.CONFLICT, 'No approval level is pending');
  if (actor.role !== level.role) {
    refuse(RefusalType.FORBIDDEN, `Level ${run.levelIndex + 1}/${run.levels.length} must be decided by ${level.role}; you are ${actor.role}`);
  }
  if (actor.userId === run.createdById) refuse(RefusalType.FORBIDDEN, 'Nobody approves an invoice they created');
}

function requireIssuedAndOpen(run: InvoiceRun, what: string): void {
  if (!run.issued) refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice is not issued yet (${run.phase})`);
  if (run.settled) refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice is already settled`);
}

function validatePayment(run: InvoiceRun, input: PaymentInput): void {
  requireIssuedAndOpen(run, 'record a payment');
  if (input.amountCents > run.balanceCents) {
    refuse(RefusalType.UNPROCESSABLE, `Overpayment refused: ${input.amountCents} cents exceeds the balance of ${run.balanceCents} cents`);
  }
}

function validateCreditNote(run: InvoiceRun, input: CreditNoteInput): void {
  requireIssuedAndOpen(run, 'issue a credit note');
  if (!input.full && input.lines.length === 0) refuse(RefusalType.UNPROCESSABLE, 'A partial credit note needs at least one line');
}

function requireDunningOpen(run: InvoiceRun, what: string): void {
  if (run.phase !== 'SENT') refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice has not been sent (${run.phase})`);
  if (run.settled) refuse(RefusalType.CONFLICT, `Cannot ${what}: the invoice is already settled`);
}

export function registerHandlers(run: InvoiceRun): void {
  setHandler(stateQuery, () => run.view());

  setHandler(
    approveUpdate,
    ({ actor, comment }) =>
      run.exclusive(async () => {
        await roundLoaded(run);
        requireApprovalTurn(run, actor);
        const level = run.levels[run.levelIndex];
        await db.recordApprovalDecision({
          invoiceId: run.invoiceId, round: run.round, level: run.levelIndex + 1, role: level.role, approved: true, actor, comment,
          requestId: `${run.workflowId}:${workflowInfo().runId}:approve:${run.round}:${run.levelIndex + 1}`, at: nowIso(),
        });
        run.levelIndex += 1;
        run.changed();
        // The last approval answers once the legal number is assigned, so the caller sees the issued invoice.
        if (run.levelIndex >= run.levels.length) await condition(() => run.phase !== 'AWAITING_APPROVAL');
        return run.view();
      }),
    { validator: ({ actor }) => validateApprovalTurn(run, actor) },
  );

  setHandler(
    rejectUpdate,
    ({ actor, reason }) =>
      run.exclusive(async () => {
        await roundLoaded(run);
        requireApprovalTurn(run, actor);
        const level = run.levels[run.levelIndex];
        await db.recordApprovalDecision({
          invoiceId: run.invoiceId, round: run.round, level: run.levelIndex + 1, role: level.role, approved: false, actor, comment: reason,
          requestId: `${run.workflowId}:${workflowInfo().runId}:reject:${run.round}:${run.levelIndex + 1}`, at: nowIso(),
        });
        run.phase = 'REJECTED';
        run.changed();
        return run.view();
      }),
    {
      validator: ({ actor, reason }) => {
        validateApprovalTurn(run, actor);
        if (!reason.trim()) refuse(RefusalType.UNPROCESSABLE, 'A rejection needs a reason');
      },
    },
  );

  setHandler(
    resubmitUpdate,
    async ({ actor }) => {
      const round = run.round;
      run.resubmittedBy = actor;
      run.changed();
      await condition(() => run.round > round);
      return run.view();
    },
    {
      validator: (_input) => {
        if (run.phase !== 'REJECTED') refuse(RefusalType.CONFLICT, `Only a rejected invoice can be resubmitted (it is ${run.phase})`);
      },
    },
  );

  setHandler(
    sendUpdate,
    async ({ actor, scheduledAt }) => {
      const at = scheduledAt && Date.parse(scheduledAt) > Date.now() ? Date.parse(scheduledAt) : undefined;
      await db.scheduleSending({ invoiceId: run.invoiceId, actor, scheduledAt: at ? new Date(at).toISOString() : null });
      run.sendRequested = true;
      run.scheduledSendAt = at;
      run.changed();
      return run.view();
    },
    {
      validator: ({ actor }) => {
        if (run.phase !== 'ISSUED') refuse(RefusalType.CONFLICT, `Only an issued, unsent invoice can be sent (it is ${run.phase})`);
        if (actor.role !== 'ADV' && actor.role !== 'ADMIN') refuse(RefusalType.FORBIDDEN, `Sending is done by ADV; you are ${actor.role}`);
      },
    },
  );

  setHandler(
    recordPaymentUpdate,
    (input) =>
      run.exclusive(async () => {
        validatePayment(run, input);
        const { requestId, actor, amountCents, paidAt, method, reference } = input;
        const result = await db.recordPayment({ invoiceId: run.invoiceId, requestId, actor, amountCents, paidAt, method, reference });
        run.paidCents = result.paidCents;
        run.changed();
        run.publish();
        return result;
      }),
    { validator: (input) => validatePayment(run, input) },
  );

  setHandler(
    issueCreditNoteUpdate,
    (input) =>
      run.exclusive(async () => {
        validateCreditNote(run, input);
        const { requestId, actor, reason, full, lines } = input;
        const result = await db.issueCreditNote({ invoiceId: run.invoiceId, requestId, actor, reason, full, lines, at: nowIso() });
        run.creditedCents = result.creditedCents;
        run.changed();
        run.publish();
        return result;
      }).then(async (result) => {
        // Outside the lock: rendering and mailing the credit note must not hold up payments.
        await outbound.deliverCreditNote({ creditNoteId: result.creditNoteId, idempotencyKey: `${run.workflowId}:credit-note:${result.number}` });
        return result;
      }),
    { validator: (input) => validateCreditNote(run, input) },
  );

  setHandler(
    disputeUpdate,
    async ({ actor, reason }) => {
      await db.recordDispute({ invoiceId: run.invoiceId, actor, disputed: true, reason });
      run.disputed = true;
      run.changed();
      return run.view();
    },
    {
      validator: (_input) => {
        requireDunningOpen(run, 'open a dispute');
        if (run.disputed) refuse(RefusalType.CONFLICT, 'The invoice is already disputed');
      },
    },
  );

  setHandler(
    resumeUpdate,
    async ({ actor }) => {
      await db.recordDispute({ invoiceId: run.invoiceId, actor, disputed: false });
      run.disputed = false;
      run.changed();
      return run.view();
    },
    {
      validator: (_input) => {
        if (!run.disputed) refuse(RefusalType.CONFLICT, 'The invoice is not disputed');
      },
    },
  );

  setHandler(
    promiseToPayUpdate,
    async ({ actor, date }) => {
      const { resumeAt } = await db.recordPromise({ invoiceId: run.invoiceId, actor, date });
      applyPromise(run, date, resumeAt);
      return run.view();
    },
    { validator: (_input) => requireDunningOpen(run, 'record a promise to pay') },
  );

  setHandler(
    completeTaskUpdate,
    async ({ actor, taskId, outcome, promisedDate, note }) => {
      const { resumeAt } = await db.completeTask({ invoiceId: run.invoiceId, taskId, actor, outcome, promisedDate, note, at: nowIso() });
      run.openTasks.delete(taskId);
      if (promisedDate && resumeAt && !run.settled) applyPromise(run, promisedDate, resumeAt);
      if (outcome === 'DISPUTE' && !run.settled) run.disputed = true;
      run.changed();
      return run.view();
    },
    {
      validator: ({ taskId }) => {
        if (!run.openTasks.has(taskId)) refuse(RefusalType.CONFLICT, 'This task is not open on this invoice');
      },
    },
  );
}

function applyPromise(run: InvoiceRun, date: string, resumeAt: string): void {
  run.promisedUntil = date;
  run.promisedUntilAt = Date.parse(resumeAt);
  run.changed();
}
