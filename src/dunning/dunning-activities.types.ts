// What the dunning part of the invoice workflow asks of the world (types only for the workflow).
import type { DunningAction } from './policy';
import type { CreatedTask } from '../invoices/invoice-activities.types';

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
}

export interface ActionResult {
  messageIds: string[];
  tasks: CreatedTask[];
}

export interface DunningActivities {
  planDunning(input: { invoiceId: string; at: string }): Promise<DunningPlan>;
  nextSendOpening(input: { invoiceId: string; at: string }): Promise<string>;
  skipDunningStep(input: { invoiceId: string; stepKey: string; reason: string }): Promise<void>;
  performDunningAction(input: {
    invoiceId: string;
    stepKey: string;
    actionIndex: number;
    action: DunningAction;
    idempotencyKey: string;
    at: string;
  }): Promise<ActionResult>;
  completeDunningStep(input: { invoiceId: string; stepKey: string; at: string; messageIds: string[]; taskIds: string[] }): Promise<void>;
}
