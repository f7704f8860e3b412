// Fault test: the Temporal dev server is killed (-9) and restarted on the same database file. The test runs its own
// dev server (not the shared one) with --db-filename; API and worker run in process against it. While it is down,
// calls that need Temporal answer 503 with Retry-After within their bound and /health says so; once it is back, the
// workflow started before the outage resumes and the refused action can simply be repeated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort, type Service } from '../../scripts/lib/processes';
import { resolveTemporalCli, startTemporalDevServer } from '../../scripts/lib/temporal';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';

const RPC_TIMEOUT_MS = 2000;
const ANSWER_BOUND_MS = 2 * RPC_TIMEOUT_MS + 2000;

let office: BackOffice;
let temporal: Service;
let temporalPort: number;
let dbFile: string;
let sales: ApiClient, manager: ApiClient;

async function startTemporal(): Promise<Service> {
  const cli = await resolveTemporalCli(() => undefined);
  return startTemporalDevServer({ cli, port: temporalPort, dbFile, namespace: 'default', quiet: true });
}

beforeAll(async () => {
  temporalPort = await freePort();
  dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-temporal-outage-')), 'temporal.db');
  temporal = await startTemporal();
  office = await bootBackOffice({
    label: 'temporal-outage',
    env: { TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`, TEMPORAL_RPC_TIMEOUT_MS: String(RPC_TIMEOUT_MS) },
  });
  [sales, manager] = await Promise.all(['sales', 'manager'].map((u) => office.api.as(`${u}@demo.test`)));
}, 180_000);

afterAll(async () => {
  await office?.close();
  await temporal?.stop();
});

async function timed<T>(call: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const startedAt = Date.now();
  const answer = await call();
  return { answer, ms: Date.now() - startedAt };
}

async function submittedInvoice(): Promise<string> {
  const created = await sales.post('/invoices', {
    customerId: office.demo.customers.STANDARD,
    lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 20_000, vatRate: 20 }],
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function killTemporal(): Promise<void> {
  process.kill(temporal.pid!, 'SIGKILL');
  await eventually(
    async () => {
      try {
        await waitForPort(temporalPort, '127.0.0.1', 100);
        return false;
      } catch {
        return true;
      }
    },
    'Temporal gone',
    10_000,
    100,
  );
}

it('answers 503 while Temporal is down, and resumes the workflows once it is back', async () => {
  const before = await submittedInvoice();
  expect((await sales.post(`/invoices/${before}/submit`)).status).toBe(200);
  await eventually(
    async () => (await manager.get(`/invoices/${before}`)).body.approval?.pendingRole === 'MANAGER',
    'awaiting the manager',
  );
  const during = await submittedInvoice();

  await killTemporal();
  const approve = await timed(() => manager.post(`/invoices/${before}/approve`, {}));
  const submit = await timed(() => sales.post(`/invoices/${during}/submit`));
  const health = await timed(() => sales.get('/health'));
  for (const { answer, ms } of [approve, submit]) {
    expect(answer.status).toBe(503);
    expect(answer.body.message).toMatch(/Temporal is unavailable/);
    expect(ms).toBeLessThan(ANSWER_BOUND_MS);
  }
  expect(health.answer.status).toBe(503);
  expect(health.answer.body.details.temporal.status).toBe('down');
  expect(health.ms).toBeLessThan(ANSWER_BOUND_MS);
  // The refused submit left the draft as it was.
  expect((await sales.get(`/invoices/${during}`)).body.status.code).toBe('DRAFT');

  temporal = await startTemporal();
  await eventually(
    async () => (await sales.get('/health')).body.details?.worker?.status === 'up',
    'the worker polling again',
    120_000,
    1000,
  );
  expect([200, 202]).toContain((await manager.post(`/invoices/${before}/approve`, {})).status);
  await eventually(
    async () => (await manager.get(`/invoices/${before}`)).body.number as string | undefined,
    'the legal number after the outage',
    120_000,
    1000,
  );
  expect((await sales.post(`/invoices/${during}/submit`)).status).toBe(200);
  await eventually(
    async () => (await manager.get(`/invoices/${during}`)).body.approval?.pendingRole === 'MANAGER',
    'the new workflow running',
    60_000,
  );
}, 360_000);
