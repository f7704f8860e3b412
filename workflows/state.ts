import { upsertSearchAttributes } from '@temporalio/workflow';
import type { ApprovalLevel, Actor, InvoiceWorkflowState, WorkflowPhase } from './invoice.contract';
import type { PlannedStep } from '../src/dunning/dunning-activities.types';
import { invoiceStatusCode } from './invoice-status';
import { createExclusive, type Exclusive } from './lock';
import { AmountDue, DueDate, DunningStage, InvoiceNumber, InvoiceStatus } from './search-attributes';

export interface StepRun extends PlannedStep {
  at: number;
}

/** Everything one invoice's workflow remembers; handlers and the main flow share it. */
export class InvoiceRun {
  phase: WorkflowPhase = 'AWAITING_APPROVAL';
  createdById = '';
  round = 0;
  levels: ApprovalLevel[] = [];
  levelIndex = 0;
  /** False while a round's circuit is being loaded: decisions wait for it. */
  roundReady = false;
  resubmittedBy?: Actor;
  number?: string;
  dueAt?: number;
  dueMarked = false;
  totalInclTaxCents = 0;
  paidCents = 0;
  creditedCents = 0;
  sendRequested = false;
  scheduledSendAt?: number;
  disputed = false;
  promisedUntil?: string;
  promisedUntilAt?: number;
  policy?: string;
  stage?: string;
  steps: StepRun[] = [];
  holdUntil?: number;
  openTasks = new Map<string, { dueAt: number; escalated: boolean }>();
  /** Bumped by every handler that changes what the main flow waits on. */
  version = 0;
  readonly exclusive: Exclusive = createExclusive();

  constructor(readonly invoiceId: string, readonly workflowId: string) {}

  get balanceCents(): number {
    return this.totalInclTaxCents - this.paidCents - this.creditedCents;
  }

  get issued(): boolean {
    return this.phase === 'ISSUED' || this.phase === 'SENT' || this.phase === 'CLOSED';
  }

  get settled(): boolean {
    return this.issued && this.balanceCents <= 0;
  }

  get fullyCredited(): boolean {
    return this.creditedCents >= this.totalInclTaxCents;
  }

  get paused(): boolean {
    return this.disputed || (this.promisedUntilAt !== undefined && this.promisedUntilAt > Date.now());
  }

  changed(): void {
    this.version += 1;
  }

  view(): InvoiceWorkflowState {
    const next = this.steps.find((s) => s.state === 'PENDING');
    return {
      phase: this.phase,
      approval:
        this.phase === 'AWAITING_APPROVAL' || this.phase === 'REJECTED'
          ? { round: this.round, level: this.levelIndex + 1, levelsTotal: this.levels.length, pendingRole: this.levels[this.levelIndex]?.role ?? null }
          : undefined,
      totalInclTaxCents: this.totalInclTaxCents,
      paidCents: this.paidCents,
      creditedCents: this.creditedCents,
      balanceCents: this.balanceCents,
      scheduledSendAt: this.scheduledSendAt ? new Date(this.scheduledSendAt).toISOString() : undefined,
      disputed: this.disputed,
      promisedUntil: this.promisedUntil,
      dunning: this.policy ? { policy: this.policy, stage: this.stage, nextStep: next && { key: next.key, at: next.plannedAt } } : undefined,
      openTaskIds: [...this.openTasks.keys()],
    };
  }

  /** Keeps the Temporal Web UI's columns true: InvoiceStatus, AmountDue, DunningStage, number and due date. */
  publish(): void {
    const daysLate = this.dueAt !== undefined && Date.now() >= this.dueAt ? 0 : -1;
    const phase = this.phase === 'CLOSED' ? 'SENT' : this.phase;
    const status = invoiceStatusCode({ phase, totalInclTaxCents: this.totalInclTaxCents, paidCents: this.paidCents, creditedCents: this.creditedCents, daysLate });
    upsertSearchAttributes([
      { key: InvoiceStatus, value: status },
      { key: AmountDue, value: Math.max(0, this.balanceCents) / 100 },
      ...(this.number ? [{ key: InvoiceNumber, value: this.number }] : []),
      ...(this.dueAt !== undefined ? [{ key: DueDate, value: new Date(this.dueAt) }] : []),
      ...(this.stage ? [{ key: DunningStage, value: this.stage }] : []),
    ]);
  }
}

export const nowIso = (): string => new Date(Date.now()).toISOString();

/** Milliseconds until an ISO instant or epoch ms, at least 1 (a zero timer is not a timer). */
export function msUntil(at: string | number): number {
  const target = typeof at === 'number' ? at : Date.parse(at);
  return Math.max(1, target - Date.now());
}
