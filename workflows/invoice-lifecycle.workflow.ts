import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { stateQuery, type InvoiceWorkflowInput } from './invoice.contract';
import { openDoors, type Doors } from './activities';
import type { DunningPlan } from './activities.contract';
import { runApproval } from './approval';
import { registerBankHandlers } from './bank.handlers';
import { registerApprovalHandlers } from './approval.handlers';
import { runDunning } from './dunning';
import { registerDunningHandlers } from './dunning.handlers';
import { registerMoneyHandlers } from './money.handlers';
import { closePlan } from './plan';
import { registerPlanHandlers } from './plan.handlers';
import { registerPortalHandlers } from './portal.handlers';
import { runSending } from './sending';
import { InvoiceRun, nowIso } from './state';

/** Imported invoices (started in dunning) read their facts and record their plan in one local activity. */
export const IMPORTED_START_PATCH = 'startup-imported-start';

/**
 * One invoice's whole life: approval circuit → legal number → PDF and sending → dunning → receipt or credit note.
 * Lives until the invoice is paid or fully credited.
 */
export async function invoiceLifecycleWorkflow(input: InvoiceWorkflowInput): Promise<{ outcome: 'PAID' | 'CREDITED' }> {
  const doors = openDoors();
  const run = new InvoiceRun(input.invoiceId, workflowInfo().workflowId, doors.lean);
  setHandler(stateQuery, () => run.view());
  registerApprovalHandlers(run, doors);
  registerMoneyHandlers(run, doors);
  registerDunningHandlers(run, doors);
  registerPlanHandlers(run, doors);
  registerPortalHandlers(run, doors);
  registerBankHandlers(run, doors);
  let plan: DunningPlan | undefined;
  if (input.start === 'APPROVAL') {
    const circuit = await runApproval(run, doors);
    run.applyIssued(
      await doors.db.issueInvoice.executeWithOptions({ summary: 'Assign the legal number' }, [
        { invoiceId: run.invoiceId, at: nowIso() },
      ]),
      'ISSUED',
    );
    await runSending(run, doors, circuit);
  } else if (input.start === 'DUNNING' && patched(IMPORTED_START_PATCH)) {
    const start = await doors.db.startImportedDunning({ invoiceId: run.invoiceId, at: nowIso() });
    run.applyIssued(start.issued, 'SENT');
    plan = start.plan;
  } else {
    run.applyIssued(await doors.db.loadIssuedInvoice({ invoiceId: run.invoiceId }), 'SENT');
  }
  if (!run.settled) {
    await runDunning(run, doors, plan);
  }
  return closeOut(run, doors, input.start);
}

async function closeOut(
  run: InvoiceRun,
  { db, documents }: Doors,
  start: InvoiceWorkflowInput['start'],
): Promise<{ outcome: 'PAID' | 'CREDITED' }> {
  const outcome = run.fullyCredited ? 'CREDITED' : 'PAID';
  // A reopened run (its payment undone) is paid anew: its receipt is a new one, not the first run's (same workflow id).
  const reopening = start === 'REOPENED' ? `:${workflowInfo().firstExecutionRunId}` : '';
  const receipt = { invoiceId: run.invoiceId, idempotencyKey: `${run.workflowId}:receipt${reopening}` };
  if (outcome === 'PAID') {
    await documents.sendReceipt.executeWithOptions({ summary: 'Email the receipt (facture acquittée)' }, [receipt]);
  }
  await db.closeInvoice({ invoiceId: run.invoiceId, outcome, at: nowIso() });
  await closePlan(run, db, outcome);
  run.close(outcome);
  await condition(allHandlersFinished);
  return { outcome };
}
