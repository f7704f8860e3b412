import { setHandler } from '@temporalio/workflow';
import {
  completeTaskUpdate,
  disputeUpdate,
  promiseToPayUpdate,
  RefusalType,
  resumeUpdate,
  type Actor,
  type DisputeInput,
  type InvoiceWorkflowState,
  type PromiseInput,
  type TaskCompletionInput,
} from './invoice.contract';
import type { Doors } from './activities';
import { refuse, requireDunningOpen } from './refusals';
import { nowIso, type InvoiceRun } from './state';

/** Dispute, resume, promise to pay and task outcomes: what pauses or resumes the reminders. */
export function registerDunningHandlers(run: InvoiceRun, doors: Doors): void {
  const dunning = new DunningUpdates(run, doors);
  setHandler(disputeUpdate, (input) => dunning.dispute(input), { validator: (_input) => dunning.validateDispute() });
  setHandler(resumeUpdate, (input) => dunning.resume(input), { validator: (_input) => dunning.validateResume() });
  setHandler(promiseToPayUpdate, (input) => dunning.promise(input), {
    validator: (_input) => requireDunningOpen(run, 'record a promise to pay'),
  });
  setHandler(completeTaskUpdate, (input) => dunning.completeTask(input), {
    validator: (input) => dunning.validateCompleteTask(input),
  });
}

class DunningUpdates {
  constructor(
    private readonly run: InvoiceRun,
    private readonly doors: Doors,
  ) {}

  async dispute({ actor, reason }: DisputeInput): Promise<InvoiceWorkflowState> {
    await this.doors.db.recordDispute({ invoiceId: this.run.invoiceId, actor, disputed: true, reason });
    this.run.dispute();
    return this.run.view();
  }

  validateDispute(): void {
    requireDunningOpen(this.run, 'open a dispute');
    if (this.run.disputed) {
      refuse(RefusalType.CONFLICT, 'The invoice is already disputed');
    }
  }

  async resume({ actor }: { actor: Actor }): Promise<InvoiceWorkflowState> {
    await this.doors.db.recordDispute({ invoiceId: this.run.invoiceId, actor, disputed: false });
    this.run.resume();
    return this.run.view();
  }

  validateResume(): void {
    if (!this.run.disputed) {
      refuse(RefusalType.CONFLICT, 'The invoice is not disputed');
    }
  }

  async promise({ actor, date }: PromiseInput): Promise<InvoiceWorkflowState> {
    const { resumeAt } = await this.doors.db.recordPromise({ invoiceId: this.run.invoiceId, actor, date });
    this.run.promise(date, resumeAt);
    return this.run.view();
  }

  async completeTask({
    actor,
    taskId,
    outcome,
    promisedDate,
    note,
  }: TaskCompletionInput): Promise<InvoiceWorkflowState> {
    const { resumeAt } = await this.doors.db.completeTask({
      invoiceId: this.run.invoiceId,
      taskId,
      actor,
      outcome,
      promisedDate,
      note,
      at: nowIso(),
    });
    this.run.completeTask(taskId, outcome, promisedDate && resumeAt ? { date: promisedDate, resumeAt } : undefined);
    return this.run.view();
  }

  validateCompleteTask({ taskId }: TaskCompletionInput): void {
    if (!this.run.openTasks.has(taskId)) {
      refuse(RefusalType.CONFLICT, 'This task is not open on this invoice');
    }
  }
}
