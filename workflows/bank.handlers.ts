import { setHandler } from '@temporalio/workflow';
import { cancelPaymentUpdate, type CancelPaymentInput } from './bank.contract';
import { RefusalType, type PaymentOutcome } from './invoice.contract';
import type { Doors } from './activities';
import { refuse } from './refusals';
import type { InvoiceRun } from './state';

/**
 * Undo of a wrongly applied payment. Only while dunning still runs: the balance comes back and the main loop, woken,
 * resumes the policy where it stands (catch-up rule). A settled run is closing; the API reopens it once closed.
 */
export function registerBankHandlers(run: InvoiceRun, doors: Doors): void {
  setHandler(cancelPaymentUpdate, (input) => cancelPayment(run, doors, input), {
    validator: (_input) => validateCancel(run),
  });
}

function cancelPayment(run: InvoiceRun, doors: Doors, input: CancelPaymentInput): Promise<PaymentOutcome> {
  return run.exclusive(async () => {
    validateCancel(run);
    const { actor, requestId, paymentRequestId, reason } = input;
    const result = await doors.db.cancelPayment({
      invoiceId: run.invoiceId,
      requestId,
      paymentRequestId,
      actor,
      reason,
    });
    run.cancelPayment(result.paidCents);
    return result;
  });
}

function validateCancel(run: InvoiceRun): void {
  if (run.phase !== 'SENT' && run.phase !== 'ISSUED') {
    refuse(RefusalType.CONFLICT, `Cannot cancel a payment: the invoice is ${run.phase}`);
  }
  if (run.settled) {
    refuse(
      RefusalType.CONFLICT,
      'Cannot cancel a payment while the settled invoice is being closed: retry in a moment',
    );
  }
}
