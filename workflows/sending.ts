import { condition } from '@temporalio/workflow';
import type { ApprovalCircuit } from './invoice.contract';
import type { Doors } from './activities';
import { msUntil, nowIso, type InvoiceRun } from './state';

/** Sends the issued invoice: at once when the circuit says so, else when ADV asks, possibly at a scheduled time. */
export async function runSending(run: InvoiceRun, { documents }: Doors, circuit: ApprovalCircuit): Promise<void> {
  if (circuit.sending === 'AUTOMATIC') {
    run.requestSend();
  }
  await condition(() => run.sendRequested || run.settled);
  while (!run.settled && run.scheduledSendAt !== undefined && run.scheduledSendAt > Date.now()) {
    const version = run.version;
    await condition(() => run.version !== version || run.settled, msUntil(run.scheduledSendAt), {
      summary: 'Scheduled sending',
    });
  }
  // An invoice fully credited before it went out is not sent; one paid before gets its receipt at closing.
  if (run.settled) {
    return;
  }
  const input = { invoiceId: run.invoiceId, idempotencyKey: `${run.workflowId}:send`, at: nowIso() };
  await documents.sendInvoice.executeWithOptions({ summary: 'Render the invoice PDF/A and email it to the customer' }, [
    input,
  ]);
  run.markSent();
}
