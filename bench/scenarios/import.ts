import type { ApiClient } from '../../scripts/lib/api-client';
import { benchOffice, importLedger, ledger, waitForCount, type BenchOffice } from '../lib/ledger';
import { temporalServerPid } from '../lib/observe';
import { cpuMeter, postmasterPid } from '../lib/process-cpu';
import type { Scenario } from '../lib/scenario';
import { benchStack, startWorker } from '../lib/stack';
import { importedHistoryCensus } from '../lib/workflow-census';

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

      const cpu = cpuMeter({
        API: office.api.child.pid,
        worker: worker.child.pid,
        'Temporal server': temporalServerPid(stack.temporalAddress),
        PostgreSQL: postmasterPid(stack.databaseUrl),
      });
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
      const cpuUsed = cpu.used();
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
      for (const [process, seconds] of Object.entries(cpuUsed)) {
        ctx.figure({
          name: `CPU per imported invoice until running: ${process}`,
          value: (seconds * 1000) / ctx.size,
          unit: 'ms',
        });
      }
      const census = await importedHistoryCensus(stack.temporalAddress, office.prisma, 5);
      ctx.figure({
        name: 'per imported invoice (catch-up step done): workflow tasks / activities / local activities / events',
        value: census.workflowTasks,
        unit: 'WFT',
        note: `${census.activities} activities, ${census.localActivities} local activities, ${census.events} events; ≈ ${census.rpcs} worker + API RPCs (start, poll + complete per task)`,
      });
    } finally {
      await worker.stop();
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
  let { status, body } = await manager.post(`/invoices/${invoiceId}/approve`, { comment: 'OK' });
  // Past UPDATE_WAIT_MS the API answers 202: the approval is applied when its update completes.
  while (status === 202) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ status, body } = await manager.get(body.location as string));
  }
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
