// History events of one invoice's life on the real stack (API and worker processes, Temporal dev server): each
// Temporal event is a server round trip and a database write, so fewer events mean more invoices per CPU-second.
import crypto from 'node:crypto';
import { DateTime } from 'luxon';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemoData } from '../../src/seed/demo-data';
import { ApiClient } from '../../scripts/lib/api-client';
import { invoiceWorkflowId } from '../../workflows/invoice.contract';
import type { BenchContext, Scenario } from '../lib/scenario';
import { backOfficeEnv, benchDatabase, benchStack, startApi, startWorker } from '../lib/stack';

const { EventType } = temporal.api.enums.v1;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
// Steps go out whatever the hour and day the bench runs at.
const ALWAYS_OPEN = { businessDaysOnly: false, skipPublicHolidays: false, windowStart: '00:00', windowEnd: '23:59' };

export const history: Scenario = {
  name: 'history',
  description: 'history events of approval → send → payment, and workflow tasks of one reminder step',
  defaultSize: 3,
  async run(ctx) {
    const stack = await benchStack();
    const databaseUrl = await benchDatabase('history');
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    const demo = await seedDemoData(prisma, {
      customerEmailDomain: `history-${crypto.randomBytes(3).toString('hex')}.demo.test`,
    });
    const company = await prisma.company.findUniqueOrThrow({ where: { id: demo.companyId } });
    await prisma.company.update({
      where: { id: company.id },
      data: { dunningSettings: { ...(company.dunningSettings as object), ...ALWAYS_OPEN } },
    });
    const env = backOfficeEnv('history', databaseUrl);
    const api = await startApi(env);
    const worker = await startWorker(env);
    const connection = await Connection.connect({ address: stack.temporalAddress });
    try {
      const office = new ApiClient(api.url);
      const actors = Object.fromEntries(
        await Promise.all(
          ['sales', 'manager', 'adv'].map(async (u) => [u, await office.as(`${u}@demo.test`)] as const),
        ),
      );
      const client = new Client({ connection });
      const events = (invoiceId: string) => historyOf(client, invoiceId);
      await measureLifecycles(ctx, actors, demo.customers.STANDARD, events, (invoiceId) =>
        client.workflow.getHandle(invoiceWorkflowId(invoiceId)).result(),
      );
      await measureReminderStep(ctx, actors.adv, demo.customers.STANDARD, events);
    } finally {
      await connection.close();
      await worker.stop();
      await api.stop();
      await prisma.$disconnect();
    }
  },
};

type Actors = Record<string, ApiClient>;
type Events = (invoiceId: string) => Promise<HistoryEvent[]>;

async function measureLifecycles(
  ctx: BenchContext,
  actors: Actors,
  customerId: string,
  events: Events,
  closed: (invoiceId: string) => Promise<unknown>,
): Promise<void> {
  const progress = ctx.progress('approval → send → payment', ctx.size);
  const counts: Array<ReturnType<typeof census>> = [];
  for (let i = 0; i < ctx.size; i++) {
    const invoiceId = await runLifecycle(actors, customerId);
    await closed(invoiceId);
    counts.push(census(await events(invoiceId)));
    progress.tick();
  }
  progress.done();
  const most = counts.reduce((a, b) => (b.events > a.events ? b : a));
  ctx.log(`per lifecycle (most of ${ctx.size}): ${JSON.stringify(most)}`);
  ctx.figure({
    name: 'history events, approval → send → payment',
    value: most.events,
    unit: 'events',
    target: { of: 'value', op: '<=', bound: 60 },
    note: 'before the lean patch: 90',
  });
  ctx.figure({
    name: 'workflow tasks, approval → send → payment',
    value: most.workflowTasks,
    unit: 'tasks',
    note: 'before: 14',
  });
  ctx.figure({
    name: 'activity tasks (remote), approval → send → payment',
    value: most.activities,
    unit: 'activities',
    note: `plus ${most.localActivities} local activities; before: 11 remote`,
  });
  ctx.figure({
    name: 'search-attribute upserts, approval → send → payment',
    value: most.upserts,
    unit: 'upserts',
    note: "includes the patch marker's TemporalChangeVersion; before: 5",
  });
}

/** One invoice below the DAF threshold: sales creates and submits, the manager approves, ADV sends and records the payment. */
async function runLifecycle({ sales, manager, adv }: Actors, customerId: string): Promise<string> {
  const created = await expectOk(
    sales.post('/invoices', {
      customerId,
      lines: [{ description: 'Prestation de conseil', quantity: 1, unitPriceCents: 120_000, vatRate: 20 }],
    }),
  );
  const id = created.id as string;
  await expectOk(sales.post(`/invoices/${id}/submit`));
  await until(async () => (await manager.get(`/invoices/${id}`)).body.approval?.pendingRole === 'MANAGER');
  await expectOk(manager.post(`/invoices/${id}/approve`, {}));
  await expectOk(adv.post(`/invoices/${id}/send`, {}));
  await until(async () => (await adv.get(`/invoices/${id}`)).body.status?.code === 'SENT');
  await expectOk(
    adv.post(`/invoices/${id}/payments`, {
      amountCents: created.totalInclTaxCents,
      paidAt: new Date().toISOString(),
      method: 'BANK_TRANSFER',
    }),
  );
  return id;
}

// An invoice imported 4 days late runs D+3 (one email) at once by the catch-up rule, the same code as a step on its timer.
async function measureReminderStep(
  ctx: BenchContext,
  adv: ApiClient,
  customerId: string,
  events: Events,
): Promise<void> {
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  const imported = await expectOk(
    adv.post('/invoices/import', {
      customerId,
      externalNumber: `HIST-${crypto.randomBytes(3).toString('hex')}`,
      issueDate: today.minus({ days: 34 }).toISODate(),
      dueDate: today.minus({ days: 4 }).toISODate(),
      lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: 150_000, vatRate: 20 }],
    }),
  );
  const id = imported.id as string;
  await until(async () =>
    (await adv.get(`/invoices/${id}/schedule`)).body.steps?.some((s: { state: string }) => s.state === 'DONE'),
  );
  const tasks = await until(async () => workflowTasksOfFirstStep(await events(id)));
  ctx.figure({
    name: 'workflow tasks per reminder step',
    value: tasks,
    unit: 'tasks',
    target: { of: 'value', op: '<=', bound: 2 },
    note: "a one-email step: the wake, then the send's result, which records the step; before: 4",
  });
}

/** Workflow tasks from the first step's wake (its timer, or the start for a catch-up) to its DunningStage upsert, its last command. */
function workflowTasksOfFirstStep(history: HistoryEvent[]): number | undefined {
  const firstAction = history.findIndex(
    (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'performDunningAction',
  );
  const published = history.findIndex(
    (e, i) =>
      i > firstAction &&
      Boolean(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.DunningStage),
  );
  if (firstAction < 0 || published < 0) {
    return undefined;
  }
  const wakes = [EventType.EVENT_TYPE_TIMER_FIRED, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED];
  const wake = history.findLastIndex((e, i) => i < firstAction && wakes.includes(e.eventType!));
  return history.slice(wake, published).filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)
    .length;
}

function census(history: HistoryEvent[]) {
  const count = (type: number) => history.filter((e) => e.eventType === type).length;
  return {
    events: history.length,
    workflowTasks: count(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED),
    activities: count(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
    localActivities: history.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')
      .length,
    upserts: count(EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES),
  };
}

async function historyOf(client: Client, invoiceId: string): Promise<HistoryEvent[]> {
  const handle = client.workflow.getHandle(invoiceWorkflowId(invoiceId));
  return (await handle.fetchHistory()).events ?? [];
}

async function expectOk(request: Promise<{ status: number; body: Record<string, unknown> & { id?: unknown } }>) {
  const { status, body } = await request;
  if (status >= 300) {
    throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
  }
  return body as Record<string, never> & { id: string; totalInclTaxCents: number };
}

async function until<T>(check: () => Promise<T | undefined | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for the workflow');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
