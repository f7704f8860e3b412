// The invoice workflow's messages and payloads: the only way the API talks to an invoice's workflow.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
// Type-only: the Prisma schema stays the one home of these enums, and a type import leaves nothing in the bundle.
import type { PaymentMethod, Role, TaskOutcome } from '../src/generated/prisma/enums';

export type { PaymentMethod, Role, TaskOutcome };

export const INVOICE_WORKFLOW_TYPE = 'invoiceLifecycleWorkflow';
export const invoiceWorkflowId = (invoiceId: string): string => `invoice-${invoiceId}`;

/** Why an update was refused; the API maps each to an HTTP status (403, 409, 422). */
export const RefusalType = {
  FORBIDDEN: 'Forbidden',
  CONFLICT: 'IllegalTransition',
  UNPROCESSABLE: 'Unprocessable',
} as const;

/** A customer acting from its portal: `userId` is `customer:<id>`, the audit trail names it "client". */
export const CUSTOMER_ACTOR_ROLE = 'CUSTOMER';

export interface Actor {
  userId: string;
  role: Role | typeof CUSTOMER_ACTOR_ROLE;
  name: string;
}

export interface InvoiceWorkflowInput {
  invoiceId: string;
  /**
   * APPROVAL: a submitted draft goes through the circuit; DUNNING: an imported invoice, already sent; REOPENED: a paid
   * invoice whose payment was undone after its run ended (a new run of invoice-<id>, straight to dunning).
   */
  start: 'APPROVAL' | 'DUNNING' | 'REOPENED';
}

export interface ApprovalLevel {
  role: Role;
  /** The level applies when the total excl. VAT is strictly above this amount. */
  minAmountExclTaxCents?: number | null;
}

export interface ApprovalCircuit {
  levels: ApprovalLevel[];
  sending: 'AUTOMATIC' | 'ADV';
  reminderAfterBusinessDays: number;
  escalateAfterBusinessDays: number;
}

export type WorkflowPhase = 'AWAITING_APPROVAL' | 'REJECTED' | 'ISSUED' | 'SENT' | 'CLOSED';

/** What the workflow knows now, for the API and operators. */
export interface InvoiceWorkflowState {
  phase: WorkflowPhase;
  approval?: { round: number; level: number; levelsTotal: number; pendingRole: Role | null };
  totalInclTaxCents: number;
  paidCents: number;
  creditedCents: number;
  balanceCents: number;
  scheduledSendAt?: string;
  disputed: boolean;
  promisedUntil?: string;
  dunning?: { policy: string; stage?: string; nextStep?: { key: string; at: string } };
  openTaskIds: string[];
  paymentPlan?: PaymentPlanView;
}

export interface ApproveInput {
  actor: Actor;
  comment?: string;
}

export interface RejectInput {
  actor: Actor;
  reason: string;
}

export interface SendInput {
  actor: Actor;
  /** ISO instant; absent or past means "send now". */
  scheduledAt?: string;
}

export interface PaymentInput {
  actor: Actor;
  /** Idempotency: the same request recorded twice is one payment. */
  requestId: string;
  amountCents: number;
  paidAt: string;
  method: PaymentMethod;
  reference?: string;
}

export interface PaymentOutcome {
  paymentId: string;
  paidCents: number;
  balanceCents: number;
}

export interface CreditNoteLineInput {
  invoiceLineId: string;
  quantityMilli: number;
}

export interface CreditNoteInput {
  actor: Actor;
  requestId: string;
  reason: string;
  full: boolean;
  lines: CreditNoteLineInput[];
}

export interface CreditNoteOutcome {
  creditNoteId: string;
  number: string;
  totalInclTaxCents: number;
  creditedCents: number;
  balanceCents: number;
}

export interface DisputeInput {
  actor: Actor;
  reason: string;
}

export interface PromiseInput {
  actor: Actor;
  /** 'YYYY-MM-DD': dunning pauses until this day, then resumes with the next step not yet done. */
  date: string;
}

export interface TaskCompletionInput {
  actor: Actor;
  taskId: string;
  outcome: TaskOutcome;
  promisedDate?: string;
  note?: string;
}

export interface InstallmentInput {
  /** 'YYYY-MM-DD' in the company's time zone. */
  dueDate: string;
  amountCents: number;
}

export interface PaymentPlanInput {
  actor: Actor;
  requestId: string;
  reason: string;
  installments: InstallmentInput[];
}

export interface CancelPaymentPlanInput {
  actor: Actor;
  requestId: string;
  reason: string;
}

export interface PaymentPlanView {
  planId: string;
  /** Paid + credited beyond what was covered at the grant, allocated to the installments in order. */
  allocatedCents: number;
  installments: Array<InstallmentInput & { missed: boolean }>;
}

export const approveUpdate = defineUpdate<InvoiceWorkflowState, [ApproveInput]>('approve');
export const rejectUpdate = defineUpdate<InvoiceWorkflowState, [RejectInput]>('reject');
export const resubmitUpdate = defineUpdate<InvoiceWorkflowState, [{ actor: Actor }]>('resubmit');
export const sendUpdate = defineUpdate<InvoiceWorkflowState, [SendInput]>('send');
export const recordPaymentUpdate = defineUpdate<PaymentOutcome, [PaymentInput]>('recordPayment');
export const issueCreditNoteUpdate = defineUpdate<CreditNoteOutcome, [CreditNoteInput]>('issueCreditNote');
export const disputeUpdate = defineUpdate<InvoiceWorkflowState, [DisputeInput]>('dispute');
export const resumeUpdate = defineUpdate<InvoiceWorkflowState, [{ actor: Actor }]>('resume');
export const promiseToPayUpdate = defineUpdate<InvoiceWorkflowState, [PromiseInput]>('promiseToPay');
export const completeTaskUpdate = defineUpdate<InvoiceWorkflowState, [TaskCompletionInput]>('completeTask');
export const grantPaymentPlanUpdate = defineUpdate<InvoiceWorkflowState, [PaymentPlanInput]>('grantPaymentPlan');
export const cancelPaymentPlanUpdate = defineUpdate<InvoiceWorkflowState, [CancelPaymentPlanInput]>(
  'cancelPaymentPlan',
);
export const stateQuery = defineQuery<InvoiceWorkflowState>('state');
