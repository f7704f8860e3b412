// Fault test: PostgreSQL is stopped for 30 s while ADV posts payments (each with its own Idempotency-Key). The test
// runs its own embedded PostgreSQL (not the shared one) and restarts it on the same data directory; API and worker run
// in process. While it is down the API answers 503 (never 500); afterwards every accepted payment (201, or 202 then
// applied) is recorded exactly once and no refused one (503) is recorded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase } from '../../scripts/lib/migrate';
import { ensureDatabase, startEmbeddedPostgres, type PostgresHandle } from '../../scripts/lib/postgres';
import { freePort } from '../../scripts/lib/processes';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';

const OUTAGE_MS = 30_000;
const POST_EVERY_MS = 1000;
const PAYMENT_CENTS = 100;
const UPDATE_WAIT_MS = 3000;

let office: BackOffice;
let postgres: PostgresHandle;
let pgPort: number;
let dataDir: string;
let sales: ApiClient, manager: ApiClient, adv: ApiClient;

const startPostgres = () => startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });

beforeAll(async () => {
  pgPort = await freePort();
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-pg-outage-')), 'pg');
  postgres = await startPostgres();
  const url = postgres.url('acquitte');
  await ensureDatabase(url);
  await migrateDatabase(url);
  office = await bootBackOffice({
    label: 'pg-outage',
    env: { DATABASE_URL: url, UPDATE_WAIT_MS: String(UPDATE_WAIT_MS) },
  });
  [sales, manager, adv] = await Promise.all(['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)));
}, 180_000);

afterAll(async () => {
  await office?.close();
  await postgres?.stop();
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

async function issuedInvoice(): Promise<string> {
  const created = await sales.post('/invoices', {
    customerId: office.demo.customers.STANDARD,
    lines: [{ description: 'Abonnement', quantity: 1, unitPriceCents: 100_000, vatRate: 20 }],
  });
  const id = created.body.id as string;
  expect((await sales.post(`/invoices/${id}/submit`)).status).toBe(200);
  await eventually(
    async () => (await manager.get(`/invoices/${id}`)).body.approval?.pendingRole === 'MANAGER',
    'awaiting the manager',
  );
  expect([200, 202]).toContain((await manager.post(`/invoices/${id}/approve`, {})).status);
  await eventually(
    async () => (await adv.get(`/invoices/${id}`)).body.number as string | undefined,
    'the legal number',
    90_000,
  );
  return id;
}

/** Posts one payment per POST_EVERY_MS until `until` resolves; returns each key with the status it got. */
async function postPayments(invoiceId: string, until: Promise<unknown>): Promise<Map<string, number>> {
  const statuses = new Map<string, number>();
  let done = false;
  void until.then(() => (done = true));
  for (let i = 0; !done; i++) {
    const key = `pg-outage-${i}`;
    const posted = adv.post(
      `/invoices/${invoiceId}/payments`,
      { amountCents: PAYMENT_CENTS, paidAt: new Date().toISOString(), method: 'BANK_TRANSFER', reference: key },
      { 'Idempotency-Key': key },
    );
    const { status } = await posted;
    statuses.set(key, status);
    await new Promise((resolve) => setTimeout(resolve, POST_EVERY_MS));
  }
  return statuses;
}

it('answers 503 while PostgreSQL is down and records every accepted payment exactly once, no refused one', async () => {
  const invoiceId = await issuedInvoice();
  const outage = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    postgres = await startPostgres();
    await new Promise((resolve) => setTimeout(resolve, 5000));
  })();
  const statuses = await postPayments(invoiceId, outage);

  const counts = (status: number) => [...statuses.values()].filter((s) => s === status).length;
  expect([...new Set(statuses.values())].every((s) => [201, 202, 503].includes(s))).toBe(true);
  expect(counts(503)).toBeGreaterThan(OUTAGE_MS / POST_EVERY_MS / 2);
  expect(counts(201)).toBeGreaterThan(0);

  const accepted = [...statuses].filter(([, s]) => s !== 503).map(([key]) => key);
  const refused = [...statuses].filter(([, s]) => s === 503).map(([key]) => key);
  const recorded = await eventually(
    async () => {
      const rows = await office.prisma.payment.findMany({ where: { invoiceId }, select: { reference: true } });
      return rows.length >= accepted.length ? rows : undefined;
    },
    'every accepted payment recorded',
    120_000,
    1000,
  );
  await new Promise((resolve) => setTimeout(resolve, 2000)); // room for a late duplicate
  const references = (await office.prisma.payment.findMany({ where: { invoiceId }, select: { reference: true } })).map(
    (p) => p.reference,
  );
  expect(references.length).toBe(recorded.length);
  expect([...references].sort()).toEqual([...accepted].sort());
  for (const key of refused) {
    expect(references).not.toContain(key);
  }
}, 300_000);
