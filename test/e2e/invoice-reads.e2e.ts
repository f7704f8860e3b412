// The fast read paths over HTTP on the real stack: the list's filters, sorts, pages and totals checked against the
// workflow's own status rule applied to every stored row, and an invoice's detail answered from the database alone
// (the same body with the worker stopped).
import { seedInvoices } from '../../bench/lib/seed-invoices';
import { daysLate } from '../../src/dunning/calendar';
import { invoiceStatusCode, type InvoiceStatusCode } from '../../workflows/invoice-status';
import { STATUS_CODES } from '../../src/invoices/dto/list-invoices.query';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { withCents } from '../../src/prisma/money-columns';

const TIMEZONE = 'Europe/Paris';

interface StoredInvoice {
  id: string;
  customerId: string;
  ownerId: string | null;
  customerName: string;
  number: string | null;
  dueDate: string | null;
  balanceCents: number;
  status: InvoiceStatusCode;
}

describe('invoice reads over HTTP', () => {
  let office: BackOffice;
  let adv: ApiClient, sales: ApiClient, manager: ApiClient;
  let stored: StoredInvoice[];

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'reads' });
    const { demo } = office;
    await seedInvoices(
      {
        databaseUrl: office.env.DATABASE_URL,
        companyId: demo.companyId,
        creatorIds: [demo.users.sales.id, demo.users.adv.id],
        ownerIds: [demo.users.sales.id, demo.users.manager.id],
      },
      240,
      () => undefined,
    );
    stored = await storedInvoices();
    [adv, sales, manager] = await Promise.all(['adv', 'sales', 'manager'].map((u) => office.api.as(`${u}@demo.test`)));
  });

  afterAll(async () => {
    await office?.close();
  });

  async function storedInvoices(): Promise<StoredInvoice[]> {
    const rows = withCents(
      await office.prisma.invoice.findMany({
        where: { companyId: office.demo.companyId },
        include: { customer: true },
      }),
    );
    const now = new Date();
    return rows.map((row) => {
      const due = row.dueDate?.toISOString().slice(0, 10) ?? null;
      const late = due ? daysLate(due, now, TIMEZONE) : null;
      return {
        id: row.id,
        customerId: row.customerId,
        ownerId: row.customer.ownerId,
        customerName: row.customer.name,
        number: row.number,
        dueDate: due,
        balanceCents: row.balanceCents,
        status: invoiceStatusCode({
          phase: row.phase,
          totalInclTaxCents: row.totalInclTaxCents,
          paidCents: row.paidCents,
          creditedCents: row.creditedCents,
          daysLate: late,
        }),
      };
    });
  }

  const ids = (invoices: Array<{ id: string }>) => invoices.map((i) => i.id).sort();
  // Code-point order, as PostgreSQL orders lowercase UUIDs.
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  async function listAll(query: string) {
    const { status, body } = await adv.get(`/invoices?perPage=200&${query}`);
    expect(status).toBe(200);
    return body as { data: Array<{ id: string; status: { code: string } }>; total: number; totalCapped: boolean };
  }

  it('filters every status exactly as the workflow rule reads each stored row, with exact totals', async () => {
    for (const code of STATUS_CODES) {
      const expected = stored.filter((i) => i.status === code);
      const page = await listAll(`status=${code}`);
      expect({ code, ids: ids(page.data), total: page.total }).toEqual({
        code,
        ids: ids(expected),
        total: expected.length,
      });
      expect(page.data.every((row) => row.status.code === code)).toBe(true);
      expect(page.totalCapped).toBe(false);
    }
    const lateOrPaid = await listAll('status=LATE,PAID');
    expect(ids(lateOrPaid.data)).toEqual(ids(stored.filter((i) => i.status === 'LATE' || i.status === 'PAID')));
  });

  it('combines customer, sales rep, overdue and search filters', async () => {
    const customerId = stored.find((i) => i.status === 'LATE')!.customerId;
    const late = await listAll(`status=LATE&customerId=${customerId}`);
    expect(ids(late.data)).toEqual(ids(stored.filter((i) => i.customerId === customerId && i.status === 'LATE')));

    const owner = office.demo.users.manager.id;
    const owned = await listAll(`ownerId=${owner}&overdue=true`);
    expect(ids(owned.data)).toEqual(ids(stored.filter((i) => i.ownerId === owner && i.status === 'LATE')));

    const byName = await listAll(`q=${encodeURIComponent('banc 00002')}`);
    expect(ids(byName.data)).toEqual(ids(stored.filter((i) => i.customerName.toLowerCase().includes('banc 00002'))));
    const byNumber = await listAll('q=2026-00001');
    expect(ids(byNumber.data)).toEqual(ids(stored.filter((i) => i.number?.includes('2026-00001'))));
  });

  it('sorts with nulls last and pages through the same order', async () => {
    const byDue = [...stored].sort((a, b) =>
      a.dueDate === b.dueDate
        ? byId(a, b)
        : a.dueDate === null
          ? 1
          : b.dueDate === null
            ? -1
            : a.dueDate.localeCompare(b.dueDate),
    );
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await adv.get(`/invoices?sort=dueDate&order=asc&perPage=100&page=${page}`);
      expect(body.total).toBe(stored.length);
      pages.push(...(body.data as Array<{ id: string; dueDate: string | null }>));
    }
    expect(pages.map((i) => i.dueDate)).toEqual(byDue.map((i) => i.dueDate));
    // Ties on the due date are broken by id, so pages neither repeat nor skip an invoice.
    expect(pages.map((i) => i.id)).toEqual(byDue.map((i) => i.id));
    // A page past the end still tells the real total.
    expect((await adv.get('/invoices?perPage=100&page=9')).body).toMatchObject({
      data: [],
      total: stored.length,
      totalCapped: false,
    });

    const { body: byBalance } = await adv.get('/invoices?sort=balanceCents&order=desc&perPage=5&page=2');
    const balances = [...stored].sort((a, b) => b.balanceCents - a.balanceCents || byId(a, b)).slice(5, 10);
    expect(byBalance.data.map((i: { id: string }) => i.id)).toEqual(balances.map((i) => i.id));
  });

  it('reads the dunning policy in force and the next pending step from their rows', async () => {
    const invoiceId = stored.find((i) => i.status === 'SENT')!.id;
    const version = await office.prisma.dunningPolicyVersion.findFirstOrThrow({
      where: { policy: { companyId: office.demo.companyId, code: 'STANDARD' } },
      include: { policy: true },
    });
    const [done, next, later] = version.steps as Array<{ key: string; label: string; offsetDays: number }>;
    const at = (days: number) => new Date(Date.now() + days * 86_400_000);
    await office.prisma.invoice.update({ where: { id: invoiceId }, data: { dunningPolicyVersionId: version.id } });
    await office.prisma.dunningStep.createMany({
      data: [
        { step: done, position: 1, plannedAt: at(-2), state: 'DONE' as const },
        { step: later, position: 3, plannedAt: at(9), state: 'PENDING' as const },
        { step: next, position: 2, plannedAt: at(2), state: 'PENDING' as const },
      ].map(({ step, ...row }) => ({
        ...row,
        invoiceId,
        policyVersionId: version.id,
        stepKey: step.key,
        offsetDays: step.offsetDays,
        actions: [],
        messageIds: [],
        taskIds: [],
      })),
    });
    const { body } = await adv.get(`/invoices/${invoiceId}`);
    expect(body.dunningPolicy).toEqual({ code: 'STANDARD', name: version.policy.name, version: version.version });
    const planned = await office.prisma.dunningStep.findFirstOrThrow({ where: { invoiceId, stepKey: next.key } });
    expect(body.nextAction).toEqual({
      code: 'DUNNING_STEP',
      label: `Relance ${next.key} : ${next.label}`,
      at: planned.plannedAt.toISOString(),
    });
  });

  it('answers an issued invoice from the database: the same detail with the worker stopped', async () => {
    const { body: draft } = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 90_000, vatRate: 20 }],
    });
    expect((await sales.post(`/invoices/${draft.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${draft.id}`)).body.approval?.pendingRole === 'MANAGER',
      'level 1',
    );
    expect((await manager.post(`/invoices/${draft.id}/approve`, { comment: 'OK' })).status).toBe(200);
    // Numbered and unchanged over a second: the workflow now waits for ADV to send it.
    const issued = await eventually(async () => {
      const first = (await adv.get(`/invoices/${draft.id}`)).body;
      if (!first.number || first.nextAction?.code !== 'SEND') {
        return undefined;
      }
      await new Promise((r) => setTimeout(r, 1000));
      return JSON.stringify((await adv.get(`/invoices/${draft.id}`)).body) === JSON.stringify(first)
        ? first
        : undefined;
    }, 'the issued invoice at rest');
    expect(issued).toMatchObject({
      status: { code: 'ISSUED' },
      approval: null,
      temporalUrl: expect.stringContaining(`invoice-${draft.id}`),
    });
    const decisions = await office.prisma.approvalDecision.findMany({ where: { invoiceId: draft.id } });
    expect(issued.approvals).toEqual(
      decisions.map((d) => ({
        round: d.round,
        level: d.level,
        role: d.role,
        outcome: d.outcome,
        actorId: d.actorId,
        comment: d.comment,
        decidedAt: d.decidedAt.toISOString(),
      })),
    );
    expect(issued.lines).toEqual([
      expect.objectContaining({
        position: 1,
        description: 'Audit',
        quantity: 1,
        unitPriceCents: 90_000,
        vatRate: 20,
        totalExclTaxCents: 90_000,
      }),
    ]);

    await office.stopWorker();
    try {
      const { status, body } = await adv.get(`/invoices/${draft.id}`);
      expect(status).toBe(200);
      expect(body).toEqual(issued);
    } finally {
      await office.startWorker();
    }
  });

  it('returns a new draft as GET reads it, and 404 for an unknown id', async () => {
    const { status, body } = await sales.post('/invoices', {
      customerId: office.demo.customers.VIP,
      lines: [{ description: 'Conseil', quantity: 2, unitPriceCents: 10_000, vatRate: 20 }],
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      phase: 'DRAFT',
      status: { code: 'DRAFT' },
      totals: { totalInclTaxCents: 24_000 },
      approvals: [],
      dunningPolicy: null,
      nextAction: { code: 'SUBMIT' },
    });
    expect((await adv.get(`/invoices/${body.id}`)).body).toEqual(body);
    expect((await adv.get('/invoices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
