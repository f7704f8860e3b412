// The fast layer: the real workflow bundle on the time-skipping server, its activities stubbed in memory (no database,
// no Nest). It pins what the workflow alone decides: update validators, the order of its calls, and which task queue
// each call goes to.
import crypto from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities, DunningPlan, IssuedInvoice } from '../../workflows/activities.contract';
import {
  approveUpdate,
  INVOICE_WORKFLOW_TYPE,
  invoiceWorkflowId,
  recordPaymentUpdate,
  RefusalType,
  rejectUpdate,
  sendUpdate,
  type Actor,
} from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { documentsTaskQueue } from '../../workflows/task-queues';
import { WORKFLOW_BUNDLE } from '../support/back-office';
import { testStack } from '../support/stack';
import { timeSkippingEnvironment } from './time-skipping-server';

const TOTAL = 120_000;
const sales: Actor = { userId: 'u-sales', role: 'SALES', name: 'Sales' };
const manager: Actor = { userId: 'u-manager', role: 'MANAGER', name: 'Manager' };
const adv: Actor = { userId: 'u-adv', role: 'ADV', name: 'ADV' };
const issued: IssuedInvoice = {
  number: 'FACT-2030-001',
  issueDate: '2030-01-07',
  dueDate: '2030-02-06',
  customerId: 'c',
  customerName: 'Client',
  totalInclTaxCents: TOTAL,
  paidCents: 0,
  creditedCents: 0,
};
const plan: DunningPlan = { policyCode: 'STANDARD', policyVersion: 1, dueAt: '2030-02-06T00:00:00Z', steps: [] };

/** In-memory activities: each call is logged as "queue name" and answers what a one-level, unpaid invoice would. */
function stubActivities(queue: string, calls: string[]): Partial<Activities> {
  let paidCents = 0;
  const log =
    <T>(name: string, value: T) =>
    async () => {
      calls.push(`${queue} ${name}`);
      return value;
    };
  return {
    openApprovalRound: log('openApprovalRound', {
      round: 1,
      createdById: sales.userId,
      totalExclTaxCents: 100_000,
      circuit: {
        levels: [{ role: 'MANAGER' }],
        sending: 'ADV',
        reminderAfterBusinessDays: 2,
        escalateAfterBusinessDays: 4,
      },
    }),
    businessDeadline: log('businessDeadline', '2099-01-01T00:00:00Z'),
    recordApprovalDecision: log('recordApprovalDecision', undefined),
    issueInvoice: log('issueInvoice', issued),
    scheduleSending: log('scheduleSending', undefined),
    sendInvoice: log('sendInvoice', { sentAt: '2030-01-07T10:00:00Z' }),
    planDunning: log('planDunning', plan),
    async recordPayment({ amountCents }) {
      calls.push(`${queue} recordPayment`);
      paidCents += amountCents;
      return { paymentId: crypto.randomUUID(), paidCents, balanceCents: TOTAL - paidCents };
    },
    sendReceipt: log('sendReceipt', undefined),
    closeInvoice: log('closeInvoice', undefined),
  };
}

let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await timeSkippingEnvironment(testStack().timeSkippingServer);
});

afterAll(async () => {
  await env?.teardown();
});

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((error as WorkflowUpdateFailedError).cause as { type?: string }).type;
}

test('validators refuse what the state forbids; approval → send → payment calls each door once, in order, rendering on the documents queue', async () => {
  const taskQueue = `contract-${crypto.randomUUID().slice(0, 8)}`;
  const calls: string[] = [];
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: WORKFLOW_BUNDLE },
    activities: stubActivities('main', calls),
  });
  const documents = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: documentsTaskQueue(taskQueue),
    activities: stubActivities('documents', calls),
  });
  const invoiceId = crypto.randomUUID();
  await documents.runUntil(
    worker.runUntil(async () => {
      const handle = await env.client.workflow.start<typeof invoiceLifecycleWorkflow>(INVOICE_WORKFLOW_TYPE, {
        workflowId: invoiceWorkflowId(invoiceId),
        taskQueue,
        args: [{ invoiceId, start: 'APPROVAL' }],
      });
      const pay = (amountCents: number) =>
        handle.executeUpdate(recordPaymentUpdate, {
          args: [
            { actor: adv, requestId: crypto.randomUUID(), amountCents, paidAt: '2030-01-08', method: 'BANK_TRANSFER' },
          ],
        });
      expect(await refusal(pay(1000))).toBe(RefusalType.CONFLICT);
      expect(await refusal(handle.executeUpdate(sendUpdate, { args: [{ actor: adv }] }))).toBe(RefusalType.CONFLICT);
      expect(await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: adv }] }))).toBe(
        RefusalType.FORBIDDEN,
      );
      expect(
        await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: { ...sales, role: 'MANAGER' } }] })),
      ).toBe(RefusalType.FORBIDDEN);
      expect(await refusal(handle.executeUpdate(rejectUpdate, { args: [{ actor: manager, reason: '  ' }] }))).toBe(
        RefusalType.UNPROCESSABLE,
      );
      expect((await handle.executeUpdate(approveUpdate, { args: [{ actor: manager }] })).phase).toBe('ISSUED');
      expect(await refusal(handle.executeUpdate(sendUpdate, { args: [{ actor: sales }] }))).toBe(RefusalType.FORBIDDEN);
      await handle.executeUpdate(sendUpdate, { args: [{ actor: adv }] });
      expect(await refusal(pay(TOTAL + 1))).toBe(RefusalType.UNPROCESSABLE);
      expect((await pay(TOTAL)).balanceCents).toBe(0);
      expect(await handle.result()).toEqual({ outcome: 'PAID' });
    }),
  );
  // Refused updates reach no activity: each door is called once, by the right worker.
  expect(calls).toEqual([
    'main openApprovalRound',
    'main businessDeadline',
    'main recordApprovalDecision',
    'main issueInvoice',
    'main scheduleSending',
    'documents sendInvoice',
    'main planDunning',
    'main recordPayment',
    'documents sendReceipt',
    'main closeInvoice',
  ]);
});
