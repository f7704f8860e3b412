// The fast workflow layer: the real workflow bundle on the real time-skipping Temporal server, with plain stub
// activities (no database, no SMTP, no PDF). It pins the update validators and the order of the workflow's steps.
import crypto from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities, DunningPlan, IssuedInvoice } from '../../workflows/activities.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import {
  approveUpdate,
  INVOICE_WORKFLOW_TYPE,
  invoiceWorkflowId,
  recordPaymentUpdate,
  RefusalType,
  sendUpdate,
  stateQuery,
  type Actor,
  type ApprovalCircuit,
} from '../../workflows/invoice.contract';
import { documentsTaskQueue } from '../../workflows/task-queues';
import { WORKFLOW_BUNDLE } from '../support/back-office';
import { eventually } from '../support/eventually';
import { testStack } from '../support/stack';
import { timeSkippingEnvironment } from './time-skipping-server';

const CREATOR: Actor = { userId: 'user-sales', role: 'SALES', name: 'Léa Commerciale' };
const MANAGER: Actor = { userId: 'user-manager', role: 'MANAGER', name: 'Marc Manager' };
const ADV: Actor = { userId: 'user-adv', role: 'ADV', name: 'Alice ADV' };
const CIRCUIT: ApprovalCircuit = {
  levels: [{ role: 'MANAGER' }],
  sending: 'AUTOMATIC',
  reminderAfterBusinessDays: 2,
  escalateAfterBusinessDays: 4,
};
const TOTAL_INCL_TAX_CENTS = 480_000;
const DAY_MS = 86_400_000;

/** A fake world: every activity answers at once with plausible data and records its name, in order. */
function stubWorld(calls: string[]): Activities {
  const issued: IssuedInvoice = {
    number: 'FACT-2026-001',
    issueDate: '2026-09-07',
    dueDate: '2026-10-07',
    customerId: 'customer-1',
    customerName: 'Boulangeries Martin',
    totalInclTaxCents: TOTAL_INCL_TAX_CENTS,
    paidCents: 0,
    creditedCents: 0,
  };
  const plan = (): DunningPlan => ({
    policyCode: 'STANDARD',
    policyVersion: 1,
    dueAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    steps: [],
  });
  const round = { round: 1, createdById: CREATOR.userId, totalExclTaxCents: 400_000, circuit: CIRCUIT };
  const world: Activities = {
    startApprovalRound: async () => round,
    openApprovalRound: async () => round,
    recordApprovalStage: async () => undefined,
    recordApprovalDecision: async () => undefined,
    remindApprovers: async () => undefined,
    escalateApproval: async () => [],
    businessDeadline: async ({ from, businessDays }) =>
      new Date(Date.parse(from) + businessDays * DAY_MS).toISOString(),
    issueInvoice: async () => issued,
    loadIssuedInvoice: async () => issued,
    startImportedDunning: async () => ({ issued, plan: plan() }),
    scheduleSending: async () => undefined,
    sendInvoice: async ({ at }) => ({ sentAt: at }),
    recordPayment: async ({ amountCents }) => ({
      paymentId: crypto.randomUUID(),
      paidCents: amountCents,
      balanceCents: TOTAL_INCL_TAX_CENTS - amountCents,
    }),
    issueCreditNote: async () => ({
      creditNoteId: 'cn-1',
      number: 'AV-2026-001',
      totalInclTaxCents: 0,
      creditedCents: 0,
      balanceCents: TOTAL_INCL_TAX_CENTS,
    }),
    deliverCreditNote: async () => undefined,
    recordDispute: async () => undefined,
    recordPromise: async ({ date }) => ({ resumeAt: `${date}T22:00:00.000Z` }),
    completeTask: async () => ({}),
    escalateTask: async () => null,
    closeTasks: async () => undefined,
    sendReceipt: async () => undefined,
    closeInvoice: async () => undefined,
    planDunning: async () => plan(),
    nextSendOpening: async ({ at }) => at,
    skipDunningStep: async () => undefined,
    skipDunningSteps: async () => undefined,
    performDunningAction: async () => ({ messageIds: [], tasks: [] }),
    completeDunningStep: async () => undefined,
    recordPaymentPlan: async () => {
      throw new Error('no payment plan in these scenarios');
    },
    remindInstallment: async () => undefined,
    recordInstallmentMissed: async () => [],
    endPaymentPlan: async () => undefined,
    recordPortalRequest: async () => ({ taskId: 'task-portal' }),
    cancelPayment: async () => ({ paymentId: '', paidCents: 0, balanceCents: TOTAL_INCL_TAX_CENTS }),
  };
  const recording = Object.entries(world).map(([name, fn]: [string, (...args: never[]) => Promise<unknown>]) => [
    name,
    (...args: never[]) => (calls.push(name), fn(...args)),
  ]);
  return Object.fromEntries(recording) as unknown as Activities;
}

let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await timeSkippingEnvironment(testStack().timeSkippingServer);
});

afterAll(async () => {
  await env?.teardown();
});

/** Runs fn while workers with the stub world poll a task queue of their own (and its documents queue). */
async function withStubWorld<T>(
  fn: (start: () => ReturnType<typeof startInvoice>, calls: string[]) => Promise<T>,
): Promise<T> {
  const calls: string[] = [];
  const taskQueue = `stubbed-${crypto.randomUUID().slice(0, 8)}`;
  const activities = stubWorld(calls);
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: WORKFLOW_BUNDLE },
    activities,
  });
  const documents = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: documentsTaskQueue(taskQueue),
    activities,
  });
  return documents.runUntil(worker.runUntil(fn(() => startInvoice(taskQueue), calls)));
}

function startInvoice(taskQueue: string) {
  const invoiceId = crypto.randomUUID();
  return env.client.workflow.start<typeof invoiceLifecycleWorkflow>(INVOICE_WORKFLOW_TYPE, {
    workflowId: invoiceWorkflowId(invoiceId),
    taskQueue,
    args: [{ invoiceId, start: 'APPROVAL' }],
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((error as WorkflowUpdateFailedError).cause as { type?: string }).type ?? 'unknown';
}

test('validators refuse out of turn: wrong role, self-approval, sending or paying before issuing, overpaying', () =>
  withStubWorld(async (start) => {
    const handle = await start();
    await eventually(
      async () => (await handle.query(stateQuery)).approval?.pendingRole === 'MANAGER',
      'the MANAGER level pending',
    );
    expect(await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: ADV }] }))).toBe(RefusalType.FORBIDDEN);
    expect(
      await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: { ...CREATOR, role: 'MANAGER' } }] })),
    ).toBe(RefusalType.FORBIDDEN);
    expect(await refusal(handle.executeUpdate(sendUpdate, { args: [{ actor: ADV }] }))).toBe(RefusalType.CONFLICT);
    const payment = {
      actor: ADV,
      requestId: 'pay-early',
      amountCents: 1_000,
      paidAt: new Date().toISOString(),
      method: 'BANK_TRANSFER' as const,
    };
    expect(await refusal(handle.executeUpdate(recordPaymentUpdate, { args: [payment] }))).toBe(RefusalType.CONFLICT);
    await handle.executeUpdate(approveUpdate, { args: [{ actor: MANAGER }] });
    await eventually(async () => (await handle.query(stateQuery)).phase === 'SENT', 'the invoice sent');
    const overpayment = { ...payment, requestId: 'pay-too-much', amountCents: TOTAL_INCL_TAX_CENTS + 1 };
    expect(await refusal(handle.executeUpdate(recordPaymentUpdate, { args: [overpayment] }))).toBe(
      RefusalType.UNPROCESSABLE,
    );
    await handle.terminate('validators checked');
  }));

test('approval, legal number, sending, dunning, payment, receipt and closing run in that order', () =>
  withStubWorld(async (start, calls) => {
    const handle = await start();
    await eventually(
      async () => (await handle.query(stateQuery)).approval?.pendingRole === 'MANAGER',
      'the MANAGER level pending',
    );
    await handle.executeUpdate(approveUpdate, { args: [{ actor: MANAGER }] });
    await eventually(async () => (await handle.query(stateQuery)).phase === 'SENT', 'the invoice sent');
    await handle.executeUpdate(recordPaymentUpdate, {
      args: [
        {
          actor: ADV,
          requestId: 'pay-all',
          amountCents: TOTAL_INCL_TAX_CENTS,
          paidAt: new Date().toISOString(),
          method: 'BANK_TRANSFER',
        },
      ],
    });
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
    const milestones = [
      'openApprovalRound',
      'recordApprovalDecision',
      'issueInvoice',
      'sendInvoice',
      'planDunning',
      'recordPayment',
      'sendReceipt',
      'closeInvoice',
    ];
    expect(calls.filter((name) => milestones.includes(name))).toEqual(milestones);
  }));
