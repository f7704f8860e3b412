// Bank reconciliation's message to the invoice workflow: undoing a payment that was matched by mistake.
import { defineUpdate } from '@temporalio/workflow';
import type { Actor, PaymentOutcome } from './invoice.contract';

export interface CancelPaymentInput {
  actor: Actor;
  /** Idempotency: the same cancellation asked twice cancels once. */
  requestId: string;
  /** The requestId the payment was recorded with (for a bank match, its idempotency key). */
  paymentRequestId: string;
  reason: string;
}

export const cancelPaymentUpdate = defineUpdate<PaymentOutcome, [CancelPaymentInput]>('cancelPayment');
