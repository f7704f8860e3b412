// Bulk import on the real stack (API, worker, PostgreSQL, Temporal dev server): a page of a few hundred invoices lands
// every one in a running workflow on the bulk task queue exactly once, re-sending the page changes nothing, and a
// manager's approval on another invoice answers while the bulk queue still has a backlog (its slots are kept small here).
import { DateTime } from 'luxon';
import { Client, Connection } from '@temporalio/client';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { testStack } from '../support/stack';

const INVOICES = 300;
const BURST = 100;

let office: BackOffice;
let adv: ApiClient;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  // Two workflow tasks and two activities at a time on the bulk queue: a page's workflows drain over seconds, not at once.
  office = await bootBackOffice({
    label: 'bulk-import',
    env: { BULK_WORKER_WORKFLOW_TASK_SLOTS: '2', BULK_WORKER_ACTIVITY_SLOTS: '2', IMPORT_START_CONCURRENCY: '16' },
  });
  adv = await office.api.as('adv@demo.test');
  connection = await Connection.connect({ address: testStack().temporalAddress });
  temporal = new Client({ connection, namespace: 'default' });
});

afterAll(async () => {
  await terminateAll();
  await connection?.close();
  await office?.close();
});

const bulkQueue = () => `${office.env.TEMPORAL_TASK_QUEUE}-bulk`;

/** A page of invoices due in 20 days: each workflow plans its dunning, then waits (no message is due). */
function ledgerPage(prefix: string, size: number) {
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  return Array.from({ length: size }, (_, i) => ({
    customerId: i % 2 ? office.demo.customers.STANDARD : office.demo.customers.VIP,
    externalNumber: `${prefix}-${String(i).padStart(5, '0')}`,
    issueDate: today.minus({ days: 10 }).toISODate(),
    dueDate: today.plus({ days: 20 }).toISODate(),
    lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: 10_000 + i, vatRate: 20 }],
    alreadyPaidCents: i % 10 === 0 ? 1_000 : undefined,
  }));
}

/** Imported invoices whose workflow has run its first steps (the dunning plan is recorded once per invoice). */
const dunningStarted = (prefix: string) =>
  office.prisma.auditEvent.count({
    where: { action: 'dunning.started', invoice: { externalNumber: { startsWith: `${prefix}-` } } },
  });

async function terminateAll(): Promise<void> {
  if (!office) {
    return;
  }
  const invoices = await office.prisma.invoice.findMany({
    where: { workflowId: { not: null } },
    select: { workflowId: true },
  });
  await Promise.all(
    invoices.map((inv) =>
      temporal.workflow
        .getHandle(inv.workflowId!)
        .terminate('bulk-import test finished')
        .catch(() => undefined),
    ),
  );
}

describe('POST /invoices/import/batch', () => {
  it('lands every invoice in one running workflow on the bulk queue, and a re-sent page creates and starts nothing', async () => {
    const page = ledgerPage('LEDGER', INVOICES);
    const first = await adv.post('/invoices/import/batch', { invoices: page });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ received: INVOICES, created: INVOICES, workflowsStarted: INVOICES });
    await eventually(
      async () => (await dunningStarted('LEDGER')) === INVOICES,
      'every imported workflow planning its dunning',
      400_000,
      1000,
    );

    const again = await adv.post('/invoices/import/batch', { invoices: page });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ received: INVOICES, created: 0, workflowsStarted: 0 });
    expect(again.body.ids).toEqual(first.body.ids);

    expect(await office.prisma.invoice.count({ where: { externalNumber: { startsWith: 'LEDGER-' } } })).toBe(INVOICES);
    expect(
      await office.prisma.payment.count({ where: { invoice: { externalNumber: { startsWith: 'LEDGER-' } } } }),
    ).toBe(INVOICES / 10);
    expect(await dunningStarted('LEDGER')).toBe(INVOICES);
    const runs = await temporal.workflow.count(`TaskQueue = "${bulkQueue()}" AND ExecutionStatus = "Running"`);
    expect(runs.count).toBe(INVOICES);
    const sample = await temporal.workflow.getHandle(`invoice-${first.body.ids['LEDGER-00007']}`).describe();
    expect(sample.taskQueue).toBe(bulkQueue());
    const detail = await adv.get(`/invoices/${first.body.ids['LEDGER-00007']}`);
    expect(detail.body).toMatchObject({ externalNumber: 'LEDGER-00007', balanceCents: 12_008 });
  }, 480_000);

  it('names the faulty item and field, and imports nothing from a page with one bad invoice', async () => {
    const page = ledgerPage('BAD', 3);
    page[1] = { ...page[1], dueDate: DateTime.fromISO(page[1].issueDate!).minus({ days: 1 }).toISODate()! };
    page[2] = { ...page[2], externalNumber: page[0].externalNumber };
    const refused = await adv.post('/invoices/import/batch', { invoices: page });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([
      { field: 'invoices.1.dueDate', message: 'must be on or after issueDate' },
      { field: 'invoices.2.externalNumber', message: 'BAD-00000 appears twice in this page' },
    ]);
    expect(await office.prisma.invoice.count({ where: { externalNumber: { startsWith: 'BAD-' } } })).toBe(0);
    const sales = await office.api.as('sales@demo.test');
    expect((await sales.post('/invoices/import/batch', { invoices: ledgerPage('SALES', 1) })).status).toBe(403);
  });

  it("answers a manager's approval on another invoice while the bulk queue still has a backlog", async () => {
    const sales = await office.api.as('sales@demo.test');
    const manager = await office.api.as('manager@demo.test');
    const draft = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Conseil', quantity: 1, unitPriceCents: 50_000, vatRate: 20 }],
    });
    expect(draft.status).toBe(201);
    expect((await sales.post(`/invoices/${draft.body.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${draft.body.id}`)).body.approval?.pendingRole === 'MANAGER',
      'the approval request',
    );

    const imported = await adv.post('/invoices/import/batch', { invoices: ledgerPage('BURST', BURST) });
    expect(imported.status).toBe(200);
    const approved = await manager.post(`/invoices/${draft.body.id}/approve`, { comment: 'OK pendant un import' });
    const startedWhenApproved = await dunningStarted('BURST');
    expect(approved.status).toBe(200);
    expect(approved.body.approvals).toHaveLength(1);
    // The approval did not wait for the import: most of the page was still queued on the bulk queue when it answered.
    expect(startedWhenApproved).toBeLessThan(BURST);
    const interactive = await temporal.workflow.getHandle(`invoice-${draft.body.id}`).describe();
    expect(interactive.taskQueue).toBe(office.env.TEMPORAL_TASK_QUEUE);
    await eventually(async () => (await dunningStarted('BURST')) === BURST, 'the rest of the burst', 300_000, 1000);
  }, 360_000);
});
