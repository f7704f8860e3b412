// The home screen over HTTP on a known data set: counts and amounts per status, oldest overdue invoices,
// aged receivables, each role's pending actions, DSO and the overdue rate at 30 days.
import crypto from 'node:crypto';
import { addDays, localDate } from '../../src/dunning/calendar';
import type { InvoicePhase, Role } from '../../src/generated/prisma/enums';
import { bootBackOffice, type ApiClient, type BackOffice } from '../support/back-office';

const today = () => localDate(new Date(), 'Europe/Paris');
const day = (offset: number) => new Date(addDays(today(), offset));
/** Mid-morning in Paris on that local day. */
const at = (offset: number) => new Date(`${addDays(today(), offset)}T10:00:00Z`);

interface InvoiceFacts {
  phase: InvoicePhase;
  totalCents: number;
  issuedDaysAgo?: number;
  dueInDays?: number;
  paidCents?: number;
  creditedCents?: number;
  settledInDays?: number;
  createdBy?: string;
  pendingRole?: Role;
}

let invoiceCount = 0;

/** An invoice row as the workflow would have left it (setup only: the workflow is not under test here). */
async function insertInvoice(office: BackOffice, facts: InvoiceFacts) {
  const paid = facts.paidCents ?? 0;
  const credited = facts.creditedCents ?? 0;
  const issued = facts.issuedDaysAgo !== undefined;
  return office.prisma.invoice.create({
    data: {
      companyId: office.demo.companyId,
      customerId: office.demo.customers.STANDARD,
      createdById: facts.createdBy ?? office.demo.users.sales.id,
      number: issued ? `FACT-TEST-${String(++invoiceCount).padStart(3, '0')}` : null,
      phase: facts.phase,
      issueDate: issued ? day(-facts.issuedDaysAgo!) : null,
      dueDate: facts.dueInDays === undefined ? null : day(facts.dueInDays),
      paymentTermsDays: 30,
      totalExclTaxCents: facts.totalCents,
      totalTaxCents: 0,
      totalInclTaxCents: facts.totalCents,
      vatBreakdown: [{ vatRateBp: 0, baseCents: facts.totalCents, taxCents: 0 }],
      paidCents: paid,
      creditedCents: credited,
      balanceCents: facts.totalCents - paid - credited,
      settledAt: facts.settledInDays === undefined ? null : at(facts.settledInDays),
      pendingApprovalRole: facts.pendingRole,
      submittedAt: facts.pendingRole ? at(-2) : null,
    },
  });
}

async function insertTask(office: BackOffice, assigneeId: string, dueInDays: number, status: 'OPEN' | 'DONE' = 'OPEN') {
  return office.prisma.task.create({
    data: {
      companyId: office.demo.companyId,
      type: 'CALL',
      title: `Appeler (J${dueInDays})`,
      assigneeId,
      dueAt: at(dueInDays),
      status,
      idempotencyKey: crypto.randomUUID(),
    },
  });
}

describe('dashboard over HTTP', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'dashboard', withoutWorker: true });
    [sales, manager, adv] = await Promise.all(['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)));
    const { users } = office.demo;
    const rows: Record<string, InvoiceFacts> = {
      draft: { phase: 'DRAFT', totalCents: 10000 },
      awaitingManager: { phase: 'AWAITING_APPROVAL', totalCents: 11000, pendingRole: 'MANAGER' },
      awaitingOwnByManager: {
        phase: 'AWAITING_APPROVAL',
        totalCents: 12000,
        pendingRole: 'MANAGER',
        createdBy: users.manager.id,
      },
      issued: { phase: 'ISSUED', totalCents: 13000, issuedDaysAgo: 1 },
      sent: { phase: 'SENT', totalCents: 20000, issuedDaysAgo: 20, dueInDays: 10 },
      partiallyCredited: { phase: 'SENT', totalCents: 15000, issuedDaysAgo: 20, dueInDays: 10, creditedCents: 5000 },
      late5: { phase: 'SENT', totalCents: 30000, issuedDaysAgo: 35, dueInDays: -5 },
      late45: { phase: 'SENT', totalCents: 40000, issuedDaysAgo: 75, dueInDays: -45, paidCents: 10000 },
      late100: { phase: 'SENT', totalCents: 50000, issuedDaysAgo: 130, dueInDays: -100 },
      paidLate: {
        phase: 'SENT',
        totalCents: 8000,
        issuedDaysAgo: 40,
        dueInDays: -10,
        paidCents: 8000,
        settledInDays: -5,
      },
      paidOnTime: {
        phase: 'SENT',
        totalCents: 9000,
        issuedDaysAgo: 60,
        dueInDays: -40,
        paidCents: 9000,
        settledInDays: -35,
      },
      credited: {
        phase: 'SENT',
        totalCents: 7000,
        issuedDaysAgo: 80,
        dueInDays: -50,
        creditedCents: 7000,
        settledInDays: -49,
      },
    };
    for (const [key, facts] of Object.entries(rows)) {
      ids[key] = (await insertInvoice(office, facts)).id;
    }
    await insertTask(office, users.manager.id, 2);
    await insertTask(office, users.manager.id, -1);
    await insertTask(office, users.manager.id, -3, 'DONE');
    await insertTask(office, users.sales.id, 1);
  });

  afterAll(async () => {
    await office?.close();
  });

  it('counts invoices and amounts per status', async () => {
    const { status, body } = await adv.get('/dashboard');
    expect(status).toBe(200);
    expect(body.today).toBe(today());
    const byCode = Object.fromEntries(
      body.byStatus.map((s: any) => [s.code, [s.count, s.balanceCents, s.totalInclTaxCents]]),
    );
    expect(byCode).toEqual({
      DRAFT: [1, 10000, 10000],
      AWAITING_APPROVAL: [2, 23000, 23000],
      REJECTED: [0, 0, 0],
      ISSUED: [1, 13000, 13000],
      SENT: [1, 20000, 20000],
      LATE: [3, 30000 + 30000 + 50000, 120000],
      PARTIALLY_PAID: [0, 0, 0],
      PAID: [2, 0, 17000],
      CREDITED: [1, 0, 7000],
      PARTIALLY_CREDITED: [1, 10000, 15000],
    });
    expect(body.byStatus.find((s: any) => s.code === 'LATE').label).toBe('En retard');
    expect(body.byStatus.find((s: any) => s.code === 'ISSUED').label).toBe('En attente non envoyée');
  });

  it('lists overdue invoices oldest first and ages the receivables', async () => {
    const { body } = await sales.get('/dashboard');
    expect(body.overdue.map((i: any) => [i.id, i.status.label])).toEqual([
      [ids.late100, 'Retard 100 jours'],
      [ids.late45, 'Retard 45 jours'],
      [ids.late5, 'Retard 5 jours'],
    ]);
    expect(body.receivables).toMatchObject({
      outstandingCents: 13000 + 20000 + 10000 + 110000,
      openCount: 6,
      overdueCents: 110000,
      overdueCount: 3,
    });
    expect(body.receivables.buckets.map((b: any) => [b.key, b.count, b.balanceCents])).toEqual([
      ['0-30', 1, 30000],
      ['31-60', 1, 30000],
      ['61-90', 0, 0],
      ['90+', 1, 50000],
    ]);
  });

  it('computes DSO over 90 days and the overdue rate at 30 days', async () => {
    const { body } = await sales.get('/dashboard');
    // Paid: issued D-40 settled D-5 (35 days) and issued D-60 settled D-35 (25 days).
    expect(body.kpis.dso).toEqual({ days: 30, invoices: 2 });
    // Due 30 to 120 days ago, not credited: late45 and late100 still open, paidOnTime settled at D+5.
    expect(body.kpis.overdueAt30).toEqual({ rate: 0.6667, late: 2, population: 3, level: 'URGENT' });
    expect(body.kpis.windowDays).toBe(90);
  });

  it("shows each caller's pending actions", async () => {
    const forManager = (await manager.get('/dashboard')).body.myActions;
    expect(forManager.approvals.count).toBe(1);
    expect(forManager.approvals.items.map((i: any) => i.id)).toEqual([ids.awaitingManager]);
    expect(forManager.tasks.count).toBe(2);
    expect(forManager.tasks.items.map((t: any) => [t.title, t.overdue])).toEqual([
      ['Appeler (J-1)', true],
      ['Appeler (J2)', false],
    ]);
    expect(forManager.toSend).toBeNull();

    const forAdv = (await adv.get('/dashboard')).body.myActions;
    expect(forAdv).toMatchObject({ approvals: { count: 0, items: [] }, tasks: { count: 0 }, toSend: { count: 1 } });
    expect(forAdv.toSend.items[0]).toMatchObject({ id: ids.issued, status: { code: 'ISSUED' } });

    const forSales = (await sales.get('/dashboard')).body.myActions;
    expect(forSales.tasks.count).toBe(1);
    expect(forSales.approvals.count).toBe(0);
  });

  it("narrows to one sales rep's customers", async () => {
    const theirs = (await sales.get(`/dashboard?ownerId=${office.demo.users.sales.id}`)).body;
    expect(theirs.receivables.overdueCount).toBe(3);
    const none = (await sales.get(`/dashboard?ownerId=${office.demo.users.manager.id}`)).body;
    expect(none.byStatus.every((s: any) => s.count === 0)).toBe(true);
    expect(none.overdue).toEqual([]);
    expect(none.kpis.dso.days).toBeNull();
    expect((await sales.get('/dashboard?ownerId=nope')).status).toBe(400);
  });
});
