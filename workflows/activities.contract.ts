// What the invoice workflow asks of the world: src/ implements these (*.activities.ts), the workflow imports types only.
import type { ApprovalCircuit, Actor, CreditNoteLineInput, PaymentMethod, Role, TaskOutcome } from './invoice.contract';
import type { DunningAction } from './dunning-action';
import type { PortalActivities } from './portal.contract';

/** Every instant crossing the boundary is an ISO string; `at` is the workflow's clock (deterministic, skippable in tests). */
export interface ApprovalRound {
  round: number;
  createdById: string;
  totalExclTaxCents: number;
  circuit: ApprovalCircuit;
}

export interface IssuedInvoice {
  number: string;
  issueDate: string;
  dueDate: string;
  customerId: string;
  customerName: string;
  totalInclTaxCents: number;
  paidCents: number;
  creditedCents: number;
}

export interface CreatedTask {
  taskId: string;
  dueAt: string;
}

export interface PlannedStep {
  key: string;
  label: string;
  offsetDays: number;
  /** ISO instant: the step's day at the send hour in the company's time zone, moved to an allowed day. */
  plannedAt: string;
  actions: DunningAction[];
  /** DONE / SKIPPED / CANCELLED when the plan already existed (workflow reset or replayed plan). */
  state: 'PENDING' | 'DONE' | 'SKIPPED' | 'CANCELLED';
}

export interface DunningPlan {
  policyCode: string;
  policyVersion: number;
  /** ISO instant of 00:00 on the due date in the company's time zone: from then on the invoice is late. */
  dueAt: string;
  steps: PlannedStep[];
  /** The sending window open at the plan's `at`, else the next one (ISO instants); absent in older plans. */
  sendWindow?: { opensAt: string; closesAt: string };
}

/** What an imported invoice's run starts from, read and recorded in one call. */
export interface ImportedStart {
  issued: IssuedInvoice;
  plan: DunningPlan;
}

export interface ActionResult {
  messageIds: string[];
  tasks: CreatedTask[];
}

export interface DunningActionInput {
  invoiceId: string;
  stepKey: string;
  actionIndex: number;
  action: DunningAction;
  idempotencyKey: string;
  at: string;
}

export interface InvoiceActivities {
  startApprovalRound(input: { invoiceId: string; at: string }): Promise<ApprovalRound>;
  /** startApprovalRound and recordApprovalStage of the round's first applicable level, in one call. */
  openApprovalRound(input: { invoiceId: string; at: string }): Promise<ApprovalRound>;
  recordApprovalStage(input: {
    invoiceId: string;
    round: number;
    level: number;
    levelsTotal: number;
    role: Role | null;
  }): Promise<void>;
  recordApprovalDecision(input: {
    invoiceId: string;
    round: number;
    level: number;
    role: Role;
    approved: boolean;
    actor: Actor;
    comment?: string;
    requestId: string;
    at: string;
  }): Promise<void>;
  remindApprovers(input: {
    invoiceId: string;
    round: number;
    level: number;
    role: Role;
    idempotencyKey: string;
  }): Promise<void>;
  escalateApproval(input: {
    invoiceId: string;
    round: number;
    level: number;
    role: Role;
    idempotencyKey: string;
    at: string;
  }): Promise<CreatedTask[]>;
  businessDeadline(input: { invoiceId: string; from: string; businessDays: number }): Promise<string>;

  issueInvoice(input: { invoiceId: string; at: string }): Promise<IssuedInvoice>;
  loadIssuedInvoice(input: { invoiceId: string }): Promise<IssuedInvoice>;
  scheduleSending(input: { invoiceId: string; actor: Actor; scheduledAt: string | null }): Promise<void>;
  sendInvoice(input: { invoiceId: string; idempotencyKey: string; at: string }): Promise<{ sentAt: string }>;

  recordPayment(input: {
    invoiceId: string;
    requestId: string;
    actor: Actor;
    amountCents: number;
    paidAt: string;
    method: PaymentMethod;
    reference?: string;
  }): Promise<{ paymentId: string; paidCents: number; balanceCents: number }>;
  issueCreditNote(input: {
    invoiceId: string;
    requestId: string;
    actor: Actor;
    reason: string;
    full: boolean;
    lines: CreditNoteLineInput[];
    at: string;
  }): Promise<{
    creditNoteId: string;
    number: string;
    totalInclTaxCents: number;
    creditedCents: number;
    balanceCents: number;
  }>;
  deliverCreditNote(input: { creditNoteId: string; idempotencyKey: string }): Promise<void>;

  recordDispute(input: { invoiceId: string; actor: Actor; disputed: boolean; reason?: string }): Promise<void>;
  /** resumeAt: the end of the promised day in the company's time zone, when dunning may resume. */
  recordPromise(input: { invoiceId: string; actor: Actor; date: string }): Promise<{ resumeAt: string }>;
  completeTask(input: {
    invoiceId: string;
    taskId: string;
    actor: Actor;
    outcome: TaskOutcome;
    promisedDate?: string;
    note?: string;
    at: string;
  }): Promise<{ resumeAt?: string }>;
  escalateTask(input: { taskId: string; idempotencyKey: string; at: string }): Promise<CreatedTask | null>;
  closeTasks(input: { taskIds: string[]; reason: string; at: string }): Promise<void>;

  sendReceipt(input: { invoiceId: string; idempotencyKey: string }): Promise<void>;
  closeInvoice(input: { invoiceId: string; outcome: 'PAID' | 'CREDITED'; at: string }): Promise<void>;
}

export interface DunningActivities {
  planDunning(input: { invoiceId: string; at: string }): Promise<DunningPlan>;
  /** loadIssuedInvoice + planDunning in one call, for runs started in dunning (imports). */
  startImportedDunning(input: { invoiceId: string; at: string }): Promise<ImportedStart>;
  nextSendOpening(input: { invoiceId: string; at: string }): Promise<string>;
  skipDunningStep(input: { invoiceId: string; stepKey: string; reason: string }): Promise<void>;
  /** The catch-up rule's skipped steps, recorded in one call. */
  skipDunningSteps(input: { invoiceId: string; stepKeys: string[]; reason: string }): Promise<void>;
  performDunningAction(input: DunningActionInput): Promise<ActionResult>;
  completeDunningStep(input: {
    invoiceId: string;
    stepKey: string;
    at: string;
    messageIds: string[];
    taskIds: string[];
  }): Promise<void>;
}

/** An installment as the plan's activity scheduled it from the company calendar. */
export interface ScheduledInstallment {
  position: number;
  dueDate: string;
  amountCents: number;
  /** ISO instant of its reminder, null when that instant had already passed at the grant. */
  remindAt: string | null;
  /** ISO instant from which an installment still unpaid counts as missed. */
  watchAt: string;
}

export interface ScheduledPlan {
  planId: string;
  onMissed: 'RESUME_DUNNING' | 'CANCEL_PLAN';
  installments: ScheduledInstallment[];
}

export interface PaymentPlanActivities {
  /** Stores the plan (idempotent by requestId) and computes each installment's reminder and watch instants. */
  recordPaymentPlan(input: {
    invoiceId: string;
    requestId: string;
    actor: Actor;
    reason: string;
    installments: Array<{ dueDate: string; amountCents: number }>;
    coveredAtGrantCents: number;
    at: string;
  }): Promise<ScheduledPlan>;
  remindInstallment(input: {
    invoiceId: string;
    planId: string;
    position: number;
    idempotencyKey: string;
    at: string;
  }): Promise<void>;
  /** Marks it missed and gives the plan's owner a task. */
  recordInstallmentMissed(input: {
    invoiceId: string;
    planId: string;
    position: number;
    idempotencyKey: string;
    at: string;
  }): Promise<CreatedTask[]>;
  endPaymentPlan(input: {
    planId: string;
    status: 'COMPLETED' | 'CANCELLED';
    reason: string;
    actor?: Actor;
    at: string;
  }): Promise<void>;
}

export interface BankActivities {
  /** Deletes the payment recorded with paymentRequestId, restores the balance and audits both (once per requestId). */
  cancelPayment(input: {
    invoiceId: string;
    requestId: string;
    paymentRequestId: string;
    actor: Actor;
    reason: string;
  }): Promise<{ paymentId: string; paidCents: number; balanceCents: number }>;
}

export type Activities = InvoiceActivities &
  DunningActivities &
  PaymentPlanActivities &
  PortalActivities &
  BankActivities;
