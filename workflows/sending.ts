import { condition } from '@temporalio/workflow';
import type { ApprovalCircuit } from './invoice.contract';
import { outbound } from './activities';
import { msUntil, nowIso, type InvoiceRun } from './state';

/** Sends the issued invoice: at once when the circuit says so, else when ADV asks, possibly at a scheduled time. */
export async function runSending(run: InvoiceRun, circuit: ApprovalCircuit): Promise<void> {
  if (circuit.sending === 'AUTOMATIC') run.sendRequested = true;
  await condition(() => run.sendRequested || run.settled);
  while (!run.settled && run.scheduledSendAt !== undefined && run.scheduledSendAt > Date.now()) {
    const version = run.version;
    await condition(() => run.version !== version || run.settled, msUntil(run.scheduledSendAt), { summary: 'Scheduled sending' });
  }
  // An invoice fully credited before it went out is not sent; one paid before gets its receipt at closing.
  if (run.settled) return;
  const input = { invoiceId: run.invoiceId, idempotencyKey: `${run.workflowId}:send`, at: nowIso() };
  await outbound.sendInvoice.executeWithOptions({ summary: 'Render the invoice PDF/A and email it to the customer' }, [input]);
  run.phase = 'SENT';
  run.changed();
  run.publish();
}
