// Customers and users over HTTP against the real API and PostgreSQL: create / list / card / edit, every 400 with its
// field, the roles that may choose the dunning, 404 across companies, and the "Retards fréquents" badge.
import crypto from 'node:crypto';
import { addDays, localDate } from '../../src/dunning/calendar';
import type { InvoicePhase } from '../../src/generated/prisma/enums';
import { seedDemoData, type SeededDemo } from '../../src/seed/demo-data';
import { bootBackOffice, type ApiClient, type BackOffice } from '../support/back-office';
import { MENUISERIE_CARON } from '../support/customers';

const today = () => localDate(new Date(), 'Europe/Paris');
const day = (offset: number) => new Date(addDays(today(), offset));
/** Mid-morning in Paris on that local day. */
const at = (offset: number) => new Date(`${addDays(today(), offset)}T10:00:00Z`);

interface InvoiceFacts {
  phase?: InvoicePhase;
  issuedDaysAgo?: number;
  dueInDays?: number;
  totalCents?: number;
  paidCents?: number;
  creditedCents?: number;
  settledInDays?: number;
}

let invoiceCount = 0;

/** An invoice row as the workflow would have left it (setup only: the workflow is not under test here). */
async function insertInvoice(office: BackOffice, customerId: string, facts: InvoiceFacts) {
  const total = facts.totalCents ?? 12000;
  const paid = facts.paidCents ?? 0;
  const credited = facts.creditedCents ?? 0;
  const invoice = await office.prisma.invoice.create({
    data: {
      companyId: office.demo.companyId,
      customerId,
      createdById: office.demo.users.sales.id,
      number: `FACT-TEST-${String(++invoiceCount).padStart(3, '0')}`,
      phase: facts.phase ?? 'SENT',
      issueDate: day(-(facts.issuedDaysAgo ?? 40)),
      dueDate: facts.dueInDays === undefined ? null : day(facts.dueInDays),
      paymentTermsDays: 30,
      totalExclTaxCents: total,
      totalTaxCents: 0,
      totalInclTaxCents: total,
      vatBreakdown: [{ vatRateBp: 0, baseCents: total, taxCents: 0 }],
      paidCents: paid,
      creditedCents: credited,
      balanceCents: total - paid - credited,
      settledAt: facts.settledInDays === undefined ? null : at(facts.settledInDays),
    },
  });
  if (paid > 0) {
    await office.prisma.payment.create({
      data: {
        invoiceId: invoice.id,
        amountCents: paid,
        paidAt: at(facts.settledInDays ?? -1),
        method: 'BANK_TRANSFER',
        requestId: crypto.randomUUID(),
      },
    });
  }
  return invoice;
}

const validCustomer = {
  ...MENUISERIE_CARON,
  decisionMakerName: 'Luc Caron',
  decisionMakerMobile: '+33 6 12 34 56 78',
};

describe('customers and users over HTTP', () => {
  let office: BackOffice;
  let other: SeededDemo;
  let sales: ApiClient, adv: ApiClient, manager: ApiClient, daf: ApiClient, admin: ApiClient, outsider: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'customers', withoutWorker: true });
    other = await seedDemoData(office.prisma, { siret: '55210055400021', emailDomain: 'other.test' });
    [sales, adv, manager, daf, admin, outsider] = await Promise.all(
      [
        'sales@demo.test',
        'adv@demo.test',
        'manager@demo.test',
        'daf@demo.test',
        'admin@demo.test',
        'sales@other.test',
      ].map((email) => office.api.as(email)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  it('creates a customer: NEW profile, the sales rep as owner, the NEW policy, an audit event', async () => {
    const created = await sales.post('/customers', validCustomer);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Menuiserie Caron',
      isBusiness: true,
      country: 'FR',
      profile: 'NEW',
      decisionMakerMobile: '+33612345678',
      owner: { id: office.demo.users.sales.id, fullName: 'Julien Moreau' },
      badges: [],
      summary: {
        openInvoices: 0,
        outstandingCents: 0,
        overdueCents: 0,
        overdueCount: 0,
        oldestOverdueDays: null,
        invoices: [],
        payments: [],
        badges: [],
      },
    });
    expect(created.body.summary.dunningPolicy).toMatchObject({ code: 'NEW', version: 1, source: 'PROFILE' });
    expect(created.body).not.toHaveProperty('companyId');
    const audit = await office.prisma.auditEvent.findFirst({
      where: { action: 'customer.created', details: { path: ['customerId'], equals: created.body.id } },
    });
    expect(audit).toMatchObject({ actorId: office.demo.users.sales.id, actorLabel: 'Julien Moreau' });
  });

  it.each([
    ['name', { name: undefined }],
    ['siren', { siren: '812345677', siret: undefined, vatNumber: undefined }],
    ['siren', { siren: undefined, siret: undefined, vatNumber: undefined }],
    ['siret', { siret: '81234567600018' }],
    ['siret', { siret: '55210055400021' }],
    ['vatNumber', { vatNumber: 'FR18812345676' }],
    ['vatNumber', { vatNumber: 'FR96552100554' }],
    ['postalCode', { postalCode: '6900' }],
    ['country', { country: 'France' }],
    ['billingEmail', { billingEmail: 'not-an-email' }],
    ['decisionMakerMobile', { decisionMakerMobile: '06 12 34 56 78' }],
    ['decisionMakerEmail', { decisionMakerEmail: 'luc@' }],
    ['paymentTermsDays', { paymentTermsDays: 61 }],
    ['paymentTermsDays', { paymentTermsDays: -1 }],
    ['profile', { profile: 'GOLD' }],
    ['ownerId', { ownerId: crypto.randomUUID() }],
    ['dunningPolicyId', { dunningPolicyId: 'not-a-uuid' }],
    ['isBusiness', { isBusiness: 'yes' }],
    ['unknownField', { unknownField: 1 }],
  ])('refuses a bad %s with 400 naming it', async (field, change) => {
    const { status, body } = await manager.post('/customers', { ...validCustomer, ...change });
    expect(status).toBe(400);
    expect(body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(body.message).toContain(`${field}:`);
  });

  it('accepts a private person without SIREN', async () => {
    const { siren: _s, siret: _t, vatNumber: _v, ...person } = validCustomer;
    const { status, body } = await adv.post('/customers', { ...person, name: 'Mme Anne Vidal', isBusiness: false });
    expect(status).toBe(201);
    expect(body).toMatchObject({ isBusiness: false, siren: null, owner: null });
  });

  it("refuses another company's owner or policy with 400", async () => {
    const otherPolicy = await office.prisma.dunningPolicy.findFirstOrThrow({ where: { companyId: other.companyId } });
    const { status, body } = await manager.post('/customers', {
      ...validCustomer,
      ownerId: other.users.sales.id,
      dunningPolicyId: otherPolicy.id,
    });
    expect(status).toBe(400);
    expect(body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['dunningPolicyId', 'ownerId']);
  });

  it('lets only MANAGER, FINANCE_DIRECTOR, DIRECTOR or ADMIN choose the profile or the policy', async () => {
    expect((await sales.post('/customers', { ...validCustomer, profile: 'VIP' })).status).toBe(403);
    expect((await daf.post('/customers', validCustomer)).status).toBe(403);
    const id = (await sales.post('/customers', { ...validCustomer, name: 'Garage Perrin' })).body.id;

    const refused = await sales.patch(`/customers/${id}`, { profile: 'BAD_PAYER' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('MANAGER');
    expect((await adv.patch(`/customers/${id}`, { dunningPolicyId: null, notes: 'x' })).status).toBe(200);
    expect((await sales.patch(`/customers/${id}`, { profile: 'NEW', notes: 'Appeler le lundi' })).status).toBe(200);

    const byManager = await manager.patch(`/customers/${id}`, { profile: 'BAD_PAYER' });
    expect(byManager.status).toBe(200);
    expect(byManager.body.summary.dunningPolicy).toMatchObject({ code: 'BAD_PAYER', source: 'PROFILE' });

    const vip = await office.prisma.dunningPolicy.findFirstOrThrow({
      where: { companyId: office.demo.companyId, code: 'VIP' },
    });
    const byDaf = await daf.patch(`/customers/${id}`, { dunningPolicyId: vip.id });
    expect(byDaf.status).toBe(200);
    expect(byDaf.body).toMatchObject({ profile: 'BAD_PAYER', dunningPolicyId: vip.id, notes: 'Appeler le lundi' });
    expect(byDaf.body.summary.dunningPolicy).toEqual({
      id: vip.id,
      code: 'VIP',
      name: vip.name,
      version: 1,
      source: 'EXPLICIT',
    });
    expect((await admin.patch(`/customers/${id}`, { dunningPolicyId: null })).body.summary.dunningPolicy.code).toBe(
      'BAD_PAYER',
    );

    const updates = await office.prisma.auditEvent.findMany({
      where: { action: 'customer.updated', details: { path: ['customerId'], equals: id } },
      orderBy: { createdAt: 'asc' },
    });
    expect(updates.map((u) => (u.details as { fields: string[] }).fields)).toEqual([
      ['notes'],
      ['notes'],
      ['profile'],
      ['dunningPolicyId'],
      ['dunningPolicyId'],
    ]);
    expect((updates[2].details as any).changes).toEqual({ profile: { from: 'NEW', to: 'BAD_PAYER' } });
  });

  it('validates an edit against the stored record', async () => {
    const id = (await sales.post('/customers', { ...validCustomer, name: 'Imprimerie Lenoir' })).body.id;
    const siret = await sales.patch(`/customers/${id}`, { siret: '55210055400021' });
    expect(siret.status).toBe(400);
    expect(siret.body.fields).toEqual([{ field: 'siret', message: 'must start with the customer SIREN' }]);
    expect((await sales.patch(`/customers/${id}`, { name: null })).body.fields).toEqual([
      { field: 'name', message: 'must not be null' },
    ]);
    expect((await sales.patch(`/customers/${id}`, { paymentTermsDays: 75 })).body.fields[0].field).toBe(
      'paymentTermsDays',
    );
    const moved = await sales.patch(`/customers/${id}`, {
      country: 'BE',
      postalCode: '1000',
      city: 'Bruxelles',
      paymentTermsDays: 45,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ country: 'BE', postalCode: '1000', paymentTermsDays: 45 });
    // Seed data older than the checks (an invalid SIRET) does not block unrelated edits.
    expect(
      (await sales.patch(`/customers/${office.demo.customers.STANDARD}`, { phone: '+33 4 78 99 00 00' })).status,
    ).toBe(200);
  });

  it("answers 404 for an unknown id or another company's customer", async () => {
    expect((await sales.get(`/customers/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await outsider.get(`/customers/${office.demo.customers.VIP}`)).status).toBe(404);
    expect((await outsider.patch(`/customers/${office.demo.customers.VIP}`, { notes: 'x' })).status).toBe(404);
    expect((await sales.get('/customers/not-a-uuid')).status).toBe(400);
    expect(
      (await outsider.get('/customers?q=horizon')).body.data.every(
        (c: { id: string }) => c.id !== office.demo.customers.VIP,
      ),
    ).toBe(true);
  });

  it('summarises a customer: open invoices, amounts, payments, late history', async () => {
    const id = (await sales.post('/customers', { ...validCustomer, name: 'Cartonnages Morel' })).body.id;
    await insertInvoice(office, id, { dueInDays: 10, totalCents: 20000 });
    const late = await insertInvoice(office, id, {
      issuedDaysAgo: 50,
      dueInDays: -20,
      totalCents: 30000,
      paidCents: 10000,
      settledInDays: undefined,
    });
    await insertInvoice(office, id, {
      issuedDaysAgo: 40,
      dueInDays: -10,
      totalCents: 5000,
      paidCents: 5000,
      settledInDays: -12,
    });
    await insertInvoice(office, id, { phase: 'ISSUED', issuedDaysAgo: 0, totalCents: 7000 });

    const { status, body } = await sales.get(`/customers/${id}`);
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({
      openInvoices: 3,
      outstandingCents: 20000 + 20000 + 7000,
      overdueCents: 20000,
      overdueCount: 1,
      oldestOverdueDays: 20,
    });
    expect(body.summary.lateHistory).toEqual({ paidLate: 0, currentlyLate: 1, total: 1 });
    expect(body.summary.invoices.map((i: any) => i.status.label)).toEqual([
      'Retard 20 jours',
      'En attente envoyée',
      'En attente non envoyée',
    ]);
    expect(body.summary.invoices[0]).toMatchObject({
      id: late.id,
      number: late.number,
      balanceCents: 20000,
      customer: { id },
    });
    expect(body.summary.payments).toHaveLength(2);
    expect(body.summary.payments[0]).toMatchObject({
      invoiceNumber: expect.stringMatching(/^FACT-TEST-/),
      amountCents: expect.any(Number),
      method: 'BANK_TRANSFER',
    });
  });

  it('gives the "Retards fréquents" badge from the third invoice paid late or currently late', async () => {
    const id = (await sales.post('/customers', { ...validCustomer, name: 'Transports Lambert' })).body.id;
    const badgesOf = async () => (await sales.get(`/customers/${id}`)).body.badges;
    await insertInvoice(office, id, { dueInDays: -30, paidCents: 12000, settledInDays: -25 });
    await insertInvoice(office, id, { dueInDays: -5 });
    await insertInvoice(office, id, { dueInDays: -20, paidCents: 12000, settledInDays: -20 });
    await insertInvoice(office, id, { dueInDays: -15, creditedCents: 12000, settledInDays: -2 });
    expect(await badgesOf()).toEqual([]);

    await insertInvoice(office, id, { dueInDays: 0 });
    const card = (await sales.get(`/customers/${id}`)).body;
    expect(card.badges).toEqual([{ code: 'FREQUENT_LATE_PAYMENTS', label: 'Retards fréquents' }]);
    expect(card.summary.badges).toEqual(card.badges);
    expect(card.summary.lateHistory).toEqual({ paidLate: 1, currentlyLate: 2, total: 3 });

    const flagged = (await sales.get('/customers?frequentLatePayer=true&perPage=200')).body;
    expect(flagged.data.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(flagged.data[0].badges[0].label).toBe('Retards fréquents');
    const others = (await sales.get('/customers?frequentLatePayer=false&perPage=200')).body;
    expect(others.data.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('lists with filters, amounts, sort by outstanding and pagination', async () => {
    const all = (await sales.get('/customers?perPage=200')).body;
    expect(all.total).toBe(all.data.length);
    expect(all.data.map((c: { name: string }) => c.name)).toEqual(
      [...all.data.map((c: { name: string }) => c.name)].sort((a: string, b: string) => a.localeCompare(b)),
    );
    expect(all.data[0]).toEqual(
      expect.objectContaining({
        outstandingCents: expect.any(Number),
        overdueCents: expect.any(Number),
        openInvoices: expect.any(Number),
        badges: expect.any(Array),
        owner: expect.anything(),
      }),
    );

    expect((await sales.get('/customers?q=HORIZON')).body.data.map((c: { name: string }) => c.name)).toEqual([
      'Groupe Horizon Santé',
    ]);
    expect((await sales.get('/customers?q=552100')).body.data.map((c: { name: string }) => c.name)).toEqual([
      'Groupe Horizon Santé',
    ]);
    expect((await sales.get('/customers?q=COMPTA@TRANSPORTS-VASSEUR')).body.total).toBe(1);
    expect((await sales.get('/customers?profile=VIP')).body.data.map((c: { id: string }) => c.id)).toEqual([
      office.demo.customers.VIP,
    ]);
    expect((await sales.get(`/customers?ownerId=${office.demo.users.manager.id}`)).body.total).toBe(0);
    expect((await sales.get('/customers?profile=GOLD')).status).toBe(400);

    const byOutstanding = (await sales.get('/customers?sort=outstandingCents&order=desc&perPage=3')).body;
    expect(byOutstanding).toMatchObject({ total: all.total, page: 1, perPage: 3 });
    const amounts = all.data
      .map((c: { outstandingCents: number }) => c.outstandingCents)
      .sort((a: number, b: number) => b - a);
    expect(byOutstanding.data.map((c: { outstandingCents: number }) => c.outstandingCents)).toEqual(
      amounts.slice(0, 3),
    );
    expect(byOutstanding.data[0].name).toBe('Cartonnages Morel');
    const page2 = (await sales.get('/customers?sort=outstandingCents&order=desc&perPage=3&page=2')).body;
    expect(page2.data.map((c: { outstandingCents: number }) => c.outstandingCents)).toEqual(amounts.slice(3, 6));

    const newest = (await sales.get('/customers?sort=createdAt&order=desc&perPage=1&page=1')).body;
    expect(newest.data[0].name).toBe('Transports Lambert');
  });

  it("lists the company's users for selects, never a password hash", async () => {
    const { status, body } = await sales.get('/users');
    expect(status).toBe(200);
    expect(body).toHaveLength(6);
    expect(Object.keys(body[0]).sort()).toEqual(['active', 'email', 'fullName', 'id', 'managerId', 'role']);
    expect(JSON.stringify(body)).not.toContain('passwordHash');
    expect(body.map((u: { fullName: string }) => u.fullName)).toEqual(
      [...body.map((u: { fullName: string }) => u.fullName)].sort(),
    );
    const managers = (await sales.get('/users?role=MANAGER,FINANCE_DIRECTOR&active=true')).body;
    expect(managers.map((u: { email: string }) => u.email).sort()).toEqual(['daf@demo.test', 'manager@demo.test']);
    expect((await sales.get('/users?role=KING')).status).toBe(400);
  });
});
