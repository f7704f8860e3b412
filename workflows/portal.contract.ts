// What a customer can ask of its invoice's workflow from the portal; each request is in the history with its IP.
import { defineUpdate } from '@temporalio/workflow';
import type { Actor, InvoiceWorkflowState, PaymentMethod } from './invoice.contract';

export interface PortalOrigin {
  ip?: string;
  userAgent?: string;
}

interface PortalRequest {
  actor: Actor;
  /** Idempotency: the portal form's request id; the same request applied twice is one request. */
  requestId: string;
  origin: PortalOrigin;
}

export interface PaymentDeclarationInput extends PortalRequest {
  /** 'YYYY-MM-DD' */
  paidOn: string;
  amountCents: number;
  method: PaymentMethod;
  /** 'YYYY-MM-DD': reminders pause until the end of this day (the company's pause after a declared payment). */
  pauseUntil: string;
}

export interface CustomerDisputeInput extends PortalRequest {
  reason: string;
}

export interface ProposedInstallment {
  /** 'YYYY-MM-DD' */
  dueDate: string;
  amountCents: number;
}

export interface PaymentPlanRequestInput extends PortalRequest {
  installments: ProposedInstallment[];
  comment?: string;
}

export type PortalRequestKind = 'PAYMENT_DECLARED' | 'DISPUTE' | 'PAYMENT_PLAN_REQUESTED';

export interface PortalActivities {
  /** The request in the audit trail (actor "client", its IP) and the staff task it opens, once per request id. */
  recordPortalRequest(input: {
    invoiceId: string;
    kind: PortalRequestKind;
    actor: Actor;
    origin: PortalOrigin;
    details: Record<string, string | number | ProposedInstallment[] | null>;
    idempotencyKey: string;
  }): Promise<{ taskId: string }>;
}

/** "J'ai payé": reminders pause like a promise to pay, and ADV gets a task to check the payment arrived. */
export const declarePaymentUpdate = defineUpdate<InvoiceWorkflowState, [PaymentDeclarationInput]>(
  'portalDeclarePayment',
);
/** "Contester": the invoice is disputed (dunning stops) and ADV gets a task. */
export const customerDisputeUpdate = defineUpdate<InvoiceWorkflowState, [CustomerDisputeInput]>('portalDispute');
/** "Demander un échéancier": a manager task carrying the proposal; dunning goes on until a plan is granted. */
export const requestPaymentPlanUpdate = defineUpdate<InvoiceWorkflowState, [PaymentPlanRequestInput]>(
  'portalRequestPaymentPlan',
);
