import { upsertSearchAttributes } from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common/lib/search-attributes';
import type { ApprovalLevel, Actor, InvoiceWorkflowState, TaskOutcome, WorkflowPhase } from './invoice.contract';
import type { ApprovalRound, CreatedTask, DunningPlan, IssuedInvoice, PlannedStep } from './activities.contract';
import { applicableLevels } from './approval-circuit';
import { invoiceStatusCode } from './invoice-status';
import type { InstallmentPlan } from './installment-plan';
import { createExclusive, type Exclusive } from './lock';
import { AmountDue, DueDate, DunningStage, InvoiceNumber, InvoiceStatus } from './search-attributes';

export interface StepRun extends PlannedStep {
  at: number;
}

export interface OpenTask {
  dueAt: number;
  escalated: boolean;
}

/**
 * Everything one invoice's workflow remembers. Fields change only through the named transitions below; each one
 * that changes what the main flow waits on bumps `version`, which wakes it.
 */
export class InvoiceRun {
  #phase: WorkflowPhase = 'AWAITING_APPROVAL';
  #createdById = '';
  #round = 0;
  #levels: ApprovalLevel[] = [];
  #levelIndex = 0;
  /** False while a round's circuit is being loaded: decisions wait for it. */
  #roundReady = false;
  #resubmittedBy?: Actor;
  #number?: string;
  #dueAt?: number;
  #dueMarked = false;
  #totalInclTaxCents = 0;
  #paidCents = 0;
  #creditedCents = 0;
  #sendRequested = false;
  #scheduledSendAt?: number;
  #disputed = false;
  #promisedUntil?: string;
  #promisedUntilAt?: number;
  #policy?: string;
  #stage?: string;
  #steps: StepRun[] = [];
  #holdUntil?: number;
  #openTasks = new Map<string, OpenTask>();
  #plan?: InstallmentPlan;
  #version = 0;
  /** Search attribute values last upserted (lean path: only changes are upserted). */
  #published = new Map<string, string>();
  readonly exclusive: Exclusive = createExclusive();

  /** lean: the run started after the lean-workflow patch (see activities.ts); it decides how search attributes go out. */
  constructor(
    readonly invoiceId: string,
    readonly workflowId: string,
    readonly lean: boolean,
  ) {}

  get phase(): WorkflowPhase {
    return this.#phase;
  }
  get round(): number {
    return this.#round;
  }
  get createdById(): string {
    return this.#createdById;
  }
  get roundReady(): boolean {
    return this.#roundReady;
  }
  get resubmitted(): boolean {
    return this.#resubmittedBy !== undefined;
  }
  /** The level awaiting a decision (0-based index), undefined once all approved. */
  get pendingLevel(): { index: number; total: number; level: ApprovalLevel } | undefined {
    const level = this.#levels[this.#levelIndex];
    return level && { index: this.#levelIndex, total: this.#levels.length, level };
  }
  get levelIndex(): number {
    return this.#levelIndex;
  }
  get sendRequested(): boolean {
    return this.#sendRequested;
  }
  get scheduledSendAt(): number | undefined {
    return this.#scheduledSendAt;
  }
  get disputed(): boolean {
    return this.#disputed;
  }
  get dueAt(): number | undefined {
    return this.#dueAt;
  }
  get dueMarked(): boolean {
    return this.#dueMarked;
  }
  get steps(): readonly Readonly<StepRun>[] {
    return this.#steps;
  }
  get holdUntil(): number | undefined {
    return this.#holdUntil;
  }
  get promisedUntilAt(): number | undefined {
    return this.#promisedUntilAt;
  }
  get openTasks(): ReadonlyMap<string, Readonly<OpenTask>> {
    return this.#openTasks;
  }
  get version(): number {
    return this.#version;
  }
  get balanceCents(): number {
    return this.#totalInclTaxCents - this.#paidCents - this.#creditedCents;
  }
  get issued(): boolean {
    return this.#phase === 'ISSUED' || this.#phase === 'SENT' || this.#phase === 'CLOSED';
  }
  get settled(): boolean {
    return this.issued && this.balanceCents <= 0;
  }
  get fullyCredited(): boolean {
    return this.#creditedCents >= this.#totalInclTaxCents;
  }
  get paused(): boolean {
    return (
      this.#disputed ||
      (this.#promisedUntilAt !== undefined && this.#promisedUntilAt > Date.now()) ||
      this.planHoldsDunning
    );
  }
  get coveredCents(): number {
    return this.#paidCents + this.#creditedCents;
  }
  get plan(): InstallmentPlan | undefined {
    return this.#plan;
  }
  /** Money received since the plan was granted: it pays the installments in order. */
  get planAllocatedCents(): number {
    return this.#plan ? this.coveredCents - this.#plan.coveredAtGrantCents : 0;
  }
  get planHoldsDunning(): boolean {
    return this.#plan?.holdsDunning(this.planAllocatedCents) ?? false;
  }

  // ── Approval ──
  prepareRound(): void {
    this.#roundReady = false;
  }

  startRound(round: ApprovalRound): void {
    this.#round = round.round;
    this.#createdById = round.createdById;
    this.#levels = applicableLevels(round.circuit, round.totalExclTaxCents);
    this.#levelIndex = 0;
    this.#phase = 'AWAITING_APPROVAL';
    this.#resubmittedBy = undefined;
    this.#roundReady = true;
    this.#changed();
  }

  approveLevel(): void {
    this.#levelIndex += 1;
    this.#changed();
  }

  reject(): void {
    this.#phase = 'REJECTED';
    this.#changed();
  }

  resubmit(actor: Actor): void {
    this.#resubmittedBy = actor;
    this.#changed();
  }

  applyIssued(issued: IssuedInvoice, phase: 'ISSUED' | 'SENT'): void {
    this.#phase = phase;
    this.#number = issued.number;
    this.#totalInclTaxCents = issued.totalInclTaxCents;
    this.#paidCents = issued.paidCents;
    this.#creditedCents = issued.creditedCents;
    this.#changed();
    this.#publish();
  }

  // ── Sending ──
  /** at: epoch ms of a scheduled sending, undefined to send now. */
  requestSend(at?: number): void {
    this.#sendRequested = true;
    this.#scheduledSendAt = at;
    this.#changed();
  }

  markSent(): void {
    this.#phase = 'SENT';
    this.#changed();
    // Lean: the dunning plan, next, publishes the SENT status with the due date in one upsert.
    if (!this.lean) {
      this.#publish();
    }
  }

  // ── Money ──
  recordPayment(paidCents: number): void {
    this.#paidCents = paidCents;
    this.#changed();
    this.#publish();
  }

  /** A payment undone (bank match applied by mistake): the balance is due again and dunning goes on. */
  cancelPayment(paidCents: number): void {
    this.#paidCents = paidCents;
    this.#changed();
    this.#publish();
  }

  recordCredit(creditedCents: number): void {
    this.#creditedCents = creditedCents;
    this.#changed();
    this.#publish();
  }

  close(outcome: 'PAID' | 'CREDITED'): void {
    this.#phase = 'CLOSED';
    this.#stage = outcome;
    this.#publish();
  }

  // ── Dunning ──
  startDunning(plan: DunningPlan): void {
    this.#policy = `${plan.policyCode} v${plan.policyVersion}`;
    this.#dueAt = Date.parse(plan.dueAt);
    this.#steps = plan.steps.map((step) => ({ ...step, at: Date.parse(step.plannedAt) }));
    this.#dueMarked = Date.now() >= this.#dueAt;
    this.#publish();
  }

  markDue(): void {
    this.#dueMarked = true;
    this.#publish();
  }

  /** Due steps wait for the next sending window opening (undefined: the window is open). */
  holdUntilOpening(opening: number | undefined): void {
    this.#holdUntil = opening;
  }

  skipSteps(keys: string[]): void {
    for (const step of this.#steps) {
      if (keys.includes(step.key)) {
        step.state = 'SKIPPED';
      }
    }
  }

  completeStep(key: string): void {
    const step = this.#steps.find((s) => s.key === key);
    if (step) {
      step.state = 'DONE';
    }
    this.#stage = key;
    this.#publish();
  }

  dispute(): void {
    this.#disputed = true;
    this.#changed();
  }

  resume(): void {
    this.#disputed = false;
    this.#changed();
  }

  /** date: the promised day; resumeAt: when dunning may resume (end of that day in the company's time zone). */
  promise(date: string, resumeAt: string): void {
    this.#promisedUntil = date;
    this.#promisedUntilAt = Date.parse(resumeAt);
    this.#changed();
  }

  // ── Payment plan ──
  grantPlan(plan: InstallmentPlan): void {
    this.#plan = plan;
    this.#changed();
  }

  /** A missed installment still unpaid lets the policy's dunning resume. */
  missInstallment(position: number): void {
    this.#plan?.markMissed(position);
    this.#changed();
  }

  endPlan(): void {
    this.#plan = undefined;
    this.#changed();
  }

  // ── Tasks ──
  addTasks(tasks: CreatedTask[], escalated: boolean): void {
    for (const task of tasks) {
      this.#openTasks.set(task.taskId, { dueAt: Date.parse(task.dueAt), escalated });
    }
  }

  dropTasks(taskIds: string[]): void {
    for (const taskId of taskIds) {
      this.#openTasks.delete(taskId);
    }
  }

  /** The task climbed to a manager's task (which climbs no further), or closed itself when nobody is above. */
  escalateTask(taskId: string, escalation: CreatedTask | null): void {
    const task = this.#openTasks.get(taskId);
    if (!escalation) {
      this.#openTasks.delete(taskId);
    } else if (task) {
      task.escalated = true;
    }
    if (escalation) {
      this.addTasks([escalation], true);
    }
  }

  completeTask(taskId: string, outcome: TaskOutcome, promise?: { date: string; resumeAt: string }): void {
    this.#openTasks.delete(taskId);
    if (promise && !this.settled) {
      this.promise(promise.date, promise.resumeAt);
    }
    if (outcome === 'DISPUTE' && !this.settled) {
      this.#disputed = true;
    }
    this.#changed();
  }

  view(): InvoiceWorkflowState {
    const next = this.#steps.find((s) => s.state === 'PENDING');
    return {
      phase: this.#phase,
      approval:
        this.#phase === 'AWAITING_APPROVAL' || this.#phase === 'REJECTED'
          ? {
              round: this.#round,
              level: this.#levelIndex + 1,
              levelsTotal: this.#levels.length,
              pendingRole: this.#levels[this.#levelIndex]?.role ?? null,
            }
          : undefined,
      totalInclTaxCents: this.#totalInclTaxCents,
      paidCents: this.#paidCents,
      creditedCents: this.#creditedCents,
      balanceCents: this.balanceCents,
      scheduledSendAt: this.#scheduledSendAt ? new Date(this.#scheduledSendAt).toISOString() : undefined,
      disputed: this.#disputed,
      promisedUntil: this.#promisedUntil,
      dunning: this.#policy
        ? { policy: this.#policy, stage: this.#stage, nextStep: next && { key: next.key, at: next.plannedAt } }
        : undefined,
      openTaskIds: [...this.#openTasks.keys()],
      paymentPlan: this.#plan?.view(this.planAllocatedCents),
    };
  }

  #changed(): void {
    this.#version += 1;
  }

  /** Keeps the Temporal Web UI's columns true: InvoiceStatus, AmountDue, DunningStage, number and due date. */
  #publish(): void {
    const all = this.#searchAttributes();
    const changed = this.lean ? all.filter((pair) => this.#published.get(pair.key.name) !== valueKey(pair.value)) : all;
    if (changed.length === 0) {
      return;
    }
    for (const pair of changed) {
      this.#published.set(pair.key.name, valueKey(pair.value));
    }
    upsertSearchAttributes(changed);
  }

  #searchAttributes(): SearchAttributeUpdatePair[] {
    const daysLate = this.#dueAt !== undefined && Date.now() >= this.#dueAt ? 0 : -1;
    const phase = this.#phase === 'CLOSED' ? 'SENT' : this.#phase;
    const status = invoiceStatusCode({
      phase,
      totalInclTaxCents: this.#totalInclTaxCents,
      paidCents: this.#paidCents,
      creditedCents: this.#creditedCents,
      daysLate,
    });
    return [
      { key: InvoiceStatus, value: status },
      { key: AmountDue, value: Math.max(0, this.balanceCents) / 100 },
      ...(this.#number ? [{ key: InvoiceNumber, value: this.#number }] : []),
      ...(this.#dueAt !== undefined ? [{ key: DueDate, value: new Date(this.#dueAt) }] : []),
      ...(this.#stage ? [{ key: DunningStage, value: this.#stage }] : []),
    ];
  }
}

const valueKey = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

export const nowIso = (): string => new Date(Date.now()).toISOString();

/** Milliseconds until an ISO instant or epoch ms, at least 1 (a zero timer is not a timer). */
export function msUntil(at: string | number): number {
  const target = typeof at === 'number' ? at : Date.parse(at);
  return Math.max(1, target - Date.now());
}
