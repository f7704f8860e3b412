import { allHandlersFinished, condition, workflowInfo } from '@temporalio/workflow';
import type { IssuedInvoice } from '../src/invoices/invoice-activities.types';
import type { InvoiceWorkflowInput } from './invoice.contract';
import { db, outbound } from './activities';
import { runApproval } from './approval';
import { runDunning } from './dunning';
import { registerHandlers } from './handlers';
import { runSending } from './sending';
import { InvoiceRun, nowIso } from './state';

/**
 * One invoice's whole life: approval circuit → legal number → PDF and sending → dunning → receipt or credit note.
 * Lives until the invoice is paid or fully credited.
 */
export async function invoiceLifecycleWorkflow(input: InvoiceWorkflowInput): Promise<{ outcome: 'PAID' | 'CREDITED' }> {
  const run = new InvoiceRun(input.invoiceId, workflowInfo().workflowId);
  registerHandlers(run);
  if (input.start === 'APPROVAL') {
    const circuit = await runApproval(run);
    applyIssued(run, await db.issueInvoice.executeWithOptions({ summary: 'Assign the legal number' }, [{ invoiceId: run.invoiceId, at: nowIso() }]), 'ISSUED');
    await runSending(run, circuit);
  } else {
    applyIssued(run, await db.loadIssuedInvoice({ invoiceId: run.invoiceId }), 'SENT');
  }
  if (!run.settled) await runDunning(run);
  return closeOut(run);
}

function applyIssued(run: InvoiceRun, issued: IssuedInvoice, phase: 'ISSUED' | 'SENT'): void {
  Object.assign(run, { phase, number: issued.number, totalInclTaxCents: issued.totalInclTaxCents, paidCents: issued.paidCents, creditedCents: issued.creditedCents });
  run.changed();
  run.publish();
}

async function closeOut(run: InvoiceRun): Promise<{ outcome: 'PAID' | 'CREDITED' }> {
  const outcome = run.fullyCredited ? 'CREDITED' : 'PAID';
  if (outcome === 'PAID') await outbound.sendReceipt.executeWithOptions({ summary: 'Email the receipt (facture acquittée)' }, [{ invoiceId: run.invoiceId, idempotencyKey: `${run.workflowId}:receipt` }]);
  await db.closeInvoice({ invoiceId: run.invoiceId, outcome, at: nowIso() });
  run.phase = 'CLOSED';
  run.stage = outcome;
  run.publish();
  await condition(allHandlersFinished);
  return { outcome };
}
