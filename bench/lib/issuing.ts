import crypto from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { ApiClient } from '../../scripts/lib/api-client';
import { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemoData } from '../../src/seed/demo-data';
import type { Progress } from './scenario';
import { backOfficeEnv, benchDatabase, startApi, startWorker, type BenchProcess } from './stack';
import { testStack } from '../../test/support/stack';
import { temporalServerPid } from './observe';
import { ownCpuSeconds } from './process-cpu';

const POLL_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface IssuingRun {
  label: string;
  workers: number;
  invoices: number;
  /** Extra worker environment, e.g. PDF_POOL_SIZE. */
  env?: Record<string, string>;
  progress(label: string, total: number): Progress;
  /** Told the CPU seconds each process used per issued invoice during the measure (API, worker(s), Temporal). */
  onCpu?(secondsPerInvoice: Record<string, number>): void;
}

/**
 * Issued invoices per second, end to end through the built API and `workers` worker processes: submit → manager
 * approval → legal number → ADV sends → PDF/A rendered → email with the PDF in the SMTP peer, all at once.
 */
export async function issuedPerSecond(run: IssuingRun): Promise<number> {
  const databaseUrl = await benchDatabase(run.label);
  const domain = `${run.label}-${crypto.randomBytes(3).toString('hex')}.bench.test`;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const demo = await seedDemoData(prisma, { customerEmailDomain: domain }).finally(() => prisma.$disconnect());
  const env = backOfficeEnv(run.label, databaseUrl, run.env);
  const tmpDirs = await Promise.all(
    Array.from({ length: run.workers }, () => fs.mkdtemp(path.join(os.tmpdir(), `acquitte-bench-worker-`))),
  );
  const processes: BenchProcess[] = [];
  try {
    const api = await startApi(env);
    processes.push(api);
    // Each worker's own TMPDIR holds its pool's profiles, so the warm-up can see every pool started.
    processes.push(...(await Promise.all(tmpDirs.map((dir) => startWorker({ ...env, TMPDIR: dir })))));
    const users = await signIn(new ApiClient(api.url));
    const issue = (count: number, progress?: Progress) =>
      issueAll(users, demo.customers.STANDARD, domain, count, progress);
    // The pools start lazily: warm every worker's up outside the measure, as a morning's first invoice would.
    for (let round = 0; round < 5 && !(await everyPoolStarted(tmpDirs)); round++) {
      await issue(run.workers * 2);
    }
    const progress = run.progress(`${run.label}: ${run.workers} worker(s)`, run.invoices);
    const meters = cpuMeters({
      api: api.child.pid,
      ...Object.fromEntries(processes.slice(1).map((p, i) => [`worker ${i + 1}`, p.child.pid])),
      temporal: temporalServerPid(testStack().temporalAddress),
    });
    const seconds = await issue(run.invoices, progress);
    run.onCpu?.(meters(run.invoices));
    progress.done();
    return run.invoices / seconds;
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await Promise.all(tmpDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  }
}

type Users = Record<'sales' | 'manager' | 'adv', ApiClient>;

async function signIn(api: ApiClient): Promise<Users> {
  const [sales, manager, adv] = await Promise.all(['sales', 'manager', 'adv'].map((u) => api.as(`${u}@demo.test`)));
  return { sales, manager, adv };
}

/** Creates `count` drafts, then drives them all at once; seconds from the first submit to the last email received. */
async function issueAll(
  users: Users,
  customerId: string,
  domain: string,
  count: number,
  progress?: Progress,
): Promise<number> {
  const drafts: string[] = [];
  // Outside the measure, and a few at a time: a burst of 50 concurrent POST /invoices once drew a 500 under load.
  while (drafts.length < count) {
    drafts.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, count - drafts.length) }, () => createDraft(users.sales, customerId)),
      )),
    );
  }
  const started = Date.now();
  const numbers = await Promise.all(drafts.map((id) => approveAndSend(users, id)));
  await untilMailed(new Set(numbers), domain, progress);
  return (Date.now() - started) / 1000;
}

async function createDraft(sales: ApiClient, customerId: string): Promise<string> {
  const lines = [
    { description: 'Prestation de conseil', quantity: 1, unit: 'jour', unitPriceCents: 90_000, vatRate: 20 },
  ];
  const created = await sales.post('/invoices', { customerId, lines });
  if (created.status !== 201) {
    throw new Error(`POST /invoices: ${created.status} ${JSON.stringify(created.body)}`);
  }
  return created.body.id as string;
}

async function approveAndSend(users: Users, invoiceId: string): Promise<string> {
  await expectOk(users.sales.post(`/invoices/${invoiceId}/submit`), 'submit');
  await until(users.manager, invoiceId, (body) => body.approval?.pendingRole === 'MANAGER');
  await expectOk(users.manager.post(`/invoices/${invoiceId}/approve`, { comment: 'OK' }), 'approve');
  const issued = await until(users.adv, invoiceId, (body) => Boolean(body.number));
  await expectOk(users.adv.post(`/invoices/${invoiceId}/send`, {}), 'send');
  return issued.number as string;
}

async function expectOk(request: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const { status, body } = await request;
  if (status >= 300) {
    throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the invoice view as JSON
type InvoiceJson = any;

async function until(
  api: ApiClient,
  invoiceId: string,
  done: (body: InvoiceJson) => boolean,
  timeoutMs = 600_000,
): Promise<InvoiceJson> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { body } = await api.get(`/invoices/${invoiceId}`);
    if (done(body)) {
      return body;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`invoice ${invoiceId} did not get there within ${timeoutMs} ms`);
}

interface Mail {
  to: Array<{ address: string }>;
  attachments?: Array<{ filename: string }>;
}

/** Waits until the SMTP peer holds one email with `<number>.pdf` attached for each number, to a customer of the bench (<slug>.<domain>). */
async function untilMailed(
  numbers: Set<string>,
  domain: string,
  progress?: Progress,
  timeoutMs = 600_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${testStack().maildevUrl}/api/email`)).json()) as Mail[];
    const mailed = mails
      .filter((m) => m.to.some((t) => t.address.endsWith(`.${domain}`)))
      .flatMap((m) => m.attachments ?? [])
      .filter((a) => numbers.has(a.filename.replace(/\.pdf$/, '')));
    progress?.tick(mailed.length - seen);
    seen = mailed.length;
    if (seen >= numbers.size) {
      return;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`${numbers.size - seen} of ${numbers.size} invoice emails missing after ${timeoutMs} ms`);
}

/** True once a soffice.bin runs under each worker's TMPDIR. */
async function everyPoolStarted(tmpDirs: string[]): Promise<boolean> {
  const pids = (await fs.readdir('/proc')).filter((e) => /^\d+$/.test(e));
  const cmdlines = await Promise.all(pids.map((pid) => fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
  return tmpDirs.every((dir) => cmdlines.some((c) => c.includes('soffice.bin') && c.includes(dir)));
}

/** Starts counting each process's CPU; the returned function gives the seconds used since, per item. */
function cpuMeters(pids: Record<string, number | undefined>): (items: number) => Record<string, number> {
  const known = Object.entries(pids).filter((entry): entry is [string, number] => entry[1] !== undefined);
  const before = known.map(([, pid]) => ownCpuSeconds(pid));
  return (items) => Object.fromEntries(known.map(([name, pid], i) => [name, (ownCpuSeconds(pid) - before[i]) / items]));
}
