import type { ApiClient } from '../../scripts/lib/api-client';
import { benchOffice, importLedger, ledger, waitForCount, type BenchOffice } from '../lib/ledger';
import { terminateQueues } from '../lib/observe';
import type { Scenario } from '../lib/scenario';
import { benchStack, startWorker } from '../lib/stack';

// A day late: every imported workflow runs its catch-up step at once, as a migrated ledger does.
const DAYS_LATE = 1;
const APPROVALS_DURING_IMPORT = 5;

export const importScenario: Scenario = {
  name: 'import',
  description: "bulk import of N overdue invoices → invoices/s into running workflows, and a user's approval during it",
  defaultSize: 10_000,
  async run(ctx) {
    const stack = await benchStack();
    const office = await benchOffice('import');
    const worker = await startWorker(office.env);
    try {
      const drafts = await submittedDrafts(office, APPROVALS_DURING_IMPORT + 1);
      const manager = await office.adv.as('manager@demo.test');
      const idleMs = await approvalMs(manager, drafts.pop()!);

      const started = Date.now();
      const importing = importLedger(
        office.adv,
        ledger([office.demo.customers.STANDARD, office.demo.customers.VIP], ctx.size, -DAYS_LATE),
        ctx.progress('import pages accepted', ctx.size),
      ).then(() => (Date.now() - started) / 1000);
      const during = approvalsWhile(manager, drafts);
      const acceptedSeconds = await importing;
      const running = () =>
        office.prisma.auditEvent.count({ where: { action: 'dunning.started', invoice: { imported: true } } });
      await waitForCount(running, ctx.size, ctx.progress('invoices in running workflows', ctx.size), 30 * 60_000);
      const runningSeconds = (Date.now() - started) / 1000;
      const latencies = await during;

      const accepted = ctx.size / acceptedSeconds;
      ctx.figure({ name: 'invoices/s accepted by the API', value: accepted, unit: '/s' });
      ctx.figure({
        name: 'invoices/s into running workflows',
        value: ctx.size / runningSeconds,
        unit: '/s',
        limit: { name: 'accepted by the API', value: accepted, unit: '/s' },
        target: { of: 'value', op: '>=', bound: 200 },
        note: `backlog after the last page: ${(runningSeconds - acceptedSeconds).toFixed(1)} s`,
      });
      ctx.figure({
        name: 'approval latency during the import (worst)',
        value: Math.max(...latencies),
        unit: 'ms',
        limit: { name: 'same approval, idle', value: idleMs, unit: 'ms' },
        target: { of: 'ratio', op: '<=', bound: 5 },
        note: `${latencies.length} approvals: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`,
      });
    } finally {
      await worker.stop();
      await terminateQueues(stack.temporalAddress, [
        office.env.TEMPORAL_TASK_QUEUE,
        `${office.env.TEMPORAL_TASK_QUEUE}-bulk`,
      ]);
      await office.close();
    }
  },
};

/** Invoices waiting for the manager's approval (one level: under the finance director's threshold). */
async function submittedDrafts(office: BenchOffice, count: number): Promise<string[]> {
  const sales = await office.adv.as('sales@demo.test');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { body } = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Conseil', quantity: 1, unitPriceCents: 50_000, vatRate: 20 }],
    });
    await sales.post(`/invoices/${body.id}/submit`);
    await waitForCount(
      async () => ((await sales.get(`/invoices/${body.id}`)).body.approval?.pendingRole === 'MANAGER' ? 1 : 0),
      1,
      { tick: () => undefined, done: () => undefined },
      60_000,
    );
    ids.push(body.id as string);
  }
  return ids;
}

async function approvalMs(manager: ApiClient, invoiceId: string): Promise<number> {
  const started = performance.now();
  const { status, body } = await manager.post(`/invoices/${invoiceId}/approve`, { comment: 'OK' });
  if (status !== 200) {
    throw new Error(`approve ${invoiceId}: HTTP ${status} ${JSON.stringify(body)}`);
  }
  return performance.now() - started;
}

/** One approval a second while the import runs. */
async function approvalsWhile(manager: ApiClient, invoiceIds: string[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const id of invoiceIds) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    latencies.push(await approvalMs(manager, id));
  }
  return latencies;
}
