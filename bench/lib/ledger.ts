import crypto from 'node:crypto';
import { DateTime } from 'luxon';
import { PrismaPg } from '@prisma/adapter-pg';
import { ApiClient } from '../../scripts/lib/api-client';
import { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemoData, type SeededDemo } from '../../src/seed/demo-data';
import type { CustomerProfile } from '../../src/generated/prisma/enums';
import { backOfficeEnv, benchDatabase, startApi, type BenchProcess } from './stack';
import type { Progress } from './scenario';
import { terminateQueues } from './observe';

// Every hour of every day is a sending hour: the due reminder runs the moment a workflow reaches it.
const ALWAYS_OPEN = { businessDaysOnly: false, skipPublicHolidays: false, windowStart: '00:00', windowEnd: '23:59' };
const PAGE = 500;

/**
 * Bench invoices are imported only to put them in place (on the bulk queue); a month-end burst or a month's open
 * invoices are ordinary ones, so the bulk worker gets the interactive worker's default slots and cache.
 */
export const BULK_AS_INTERACTIVE = {
  BULK_WORKER_WORKFLOW_TASK_SLOTS: '20',
  BULK_WORKER_ACTIVITY_SLOTS: '50',
  BULK_WORKER_CACHED_WORKFLOWS: '300',
};

export interface BenchOffice {
  env: Record<string, string>;
  prisma: PrismaClient;
  demo: SeededDemo;
  api: BenchProcess & { url: string };
  adv: ApiClient;
  /** Terminates its invoices' workflows (interactive and bulk queues), then stops its API. */
  close(): Promise<void>;
}

/** A seeded database with an always-open dunning calendar and the built API on it (the scenario starts the worker). */
export async function benchOffice(label: string, extraEnv: Record<string, string> = {}): Promise<BenchOffice> {
  const databaseUrl = await benchDatabase(label);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const demo = await seedDemoData(prisma, {
    customerEmailDomain: `${label}-${crypto.randomBytes(3).toString('hex')}.bench.test`,
  });
  const company = await prisma.company.findUniqueOrThrow({ where: { id: demo.companyId } });
  await prisma.company.update({
    where: { id: company.id },
    data: { dunningSettings: { ...(company.dunningSettings as object), ...ALWAYS_OPEN } },
  });
  const env = backOfficeEnv(label, databaseUrl, extraEnv);
  const api = await startApi(env);
  const adv = await new ApiClient(api.url).as('adv@demo.test');
  return {
    env,
    prisma,
    demo,
    api,
    adv,
    close: async () => {
      // Its invoices' workflows would otherwise keep the shared Temporal server busy in the next scenario.
      await terminateQueues(env.TEMPORAL_ADDRESS, [env.TEMPORAL_TASK_QUEUE, `${env.TEMPORAL_TASK_QUEUE}-bulk`]);
      await api.stop();
      await prisma.$disconnect();
    },
  };
}

/** `count` customers of one profile, each with its own billing address, so the mailbox tells their reminders apart. */
export async function benchCustomers(office: BenchOffice, profile: CustomerProfile, count: number): Promise<string[]> {
  const model = await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers[profile] } });
  const { id: _id, createdAt: _c, updatedAt: _u, ...base } = model;
  const tag = crypto.randomBytes(3).toString('hex');
  const rows = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: crypto.randomUUID(),
    name: `${base.name} ${tag}-${i}`,
    billingEmail: `r${i}-${tag}@bench.test`,
  }));
  await office.prisma.customer.createMany({ data: rows });
  return rows.map((row) => row.id);
}

/** N unpaid invoices issued 30 days before their due date, due `daysFromToday` days from today (negative: late). */
export function ledger(customerIds: string[], size: number, daysFromToday: number): object[] {
  const due = DateTime.now().setZone('Europe/Paris').startOf('day').plus({ days: daysFromToday });
  const tag = crypto.randomBytes(3).toString('hex');
  return Array.from({ length: size }, (_, i) => ({
    customerId: customerIds[i % customerIds.length],
    externalNumber: `BENCH-${tag}-${i}`,
    issueDate: due.minus({ days: 30 }).toISODate(),
    dueDate: due.toISODate(),
    lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: 100_000 + i, vatRate: 20 }],
  }));
}

/** Imports through POST /invoices/import/batch, page by page, ticking the progress bar. */
export async function importLedger(adv: ApiClient, invoices: object[], progress: Progress): Promise<void> {
  for (let start = 0; start < invoices.length; start += PAGE) {
    const page = invoices.slice(start, start + PAGE);
    const { status, body } = await adv.post('/invoices/import/batch', { invoices: page });
    if (status !== 200) {
      throw new Error(`import page at ${start}: HTTP ${status} ${JSON.stringify(body).slice(0, 500)}`);
    }
    progress.tick(page.length);
  }
  progress.done();
}

/** Polls until count() reaches total (ticking progress), or throws after timeoutMs; returns the seconds it took. */
export async function waitForCount(
  count: () => Promise<number>,
  total: number,
  progress: Progress,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  let seen = 0;
  while (seen < total) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`only ${seen}/${total} after ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await count();
    if (now > seen) {
      progress.tick(now - seen);
    }
    seen = now;
  }
  progress.done();
  return (Date.now() - started) / 1000;
}
