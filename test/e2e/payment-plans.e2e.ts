// Payment plans over HTTP on the real stack: who may grant one, each bad field named, the workflow's refusals
// (already active, disputed), Idempotency-Key, the installments' states in the detail and the schedule, cancelling.
import { DateTime } from 'luxon';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';

describe('payment plans over HTTP', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient, admin: ApiClient;
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  const day = (plus: number) => today.plus({ days: plus }).toISODate()!;
  let imported = 0;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'plans' });
    [sales, manager, adv, admin] = await Promise.all(
      ['sales', 'manager', 'adv', 'admin'].map((u) => office.api.as(`${u}@demo.test`)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  /** A sent invoice of 1 200,00 € TTC due in 20 days (or on the day given), its workflow in dunning. */
  async function sentInvoice(profile: 'STANDARD' | 'VIP' = 'STANDARD', dueInDays = 20): Promise<string> {
    imported += 1;
    const { status, body } = await adv.post('/invoices/import', {
      customerId: office.demo.customers[profile],
      externalNumber: `ECH-${imported}`,
      issueDate: day(Math.min(-10, dueInDays - 30)),
      dueDate: day(dueInDays),
      lines: [{ description: 'Intégration', quantity: 1, unitPriceCents: 100_000, vatRate: 20 }],
    });
    expect(status).toBe(201);
    await eventually(
      async () => (await adv.get(`/invoices/${body.id}/schedule`)).body.steps?.length > 0,
      'the dunning planned',
    );
    return body.id as string;
  }

  /** Equal installments of the 1 200,00 € balance on those days from today, the first one taking the remainder. */
  const plan = (...days: number[]) => {
    const share = Math.floor(120_000 / days.length);
    return {
      reason: 'Trésorerie tendue',
      installments: days.map((d, i) => ({
        dueDate: day(d),
        amountCents: i === 0 ? 120_000 - share * (days.length - 1) : share,
      })),
    };
  };
  const fieldsOf = (body: { fields?: Array<{ field: string }> }) => [
    ...new Set((body.fields ?? []).map((f) => f.field)),
  ];

  it('names each failing field with a 400 and records no plan', async () => {
    const id = await sentInvoice();
    const cases: Array<[object, string]> = [
      [
        {
          ...plan(10, 40),
          installments: [
            { dueDate: day(40), amountCents: 60_000 },
            { dueDate: day(10), amountCents: 60_000 },
          ],
        },
        'installments.1.dueDate',
      ],
      [
        {
          ...plan(10, 40),
          installments: [
            { dueDate: day(0), amountCents: 60_000 },
            { dueDate: day(10), amountCents: 60_000 },
          ],
        },
        'installments.0.dueDate',
      ],
      [
        {
          ...plan(10, 40),
          installments: [
            { dueDate: day(10), amountCents: 60_000 },
            { dueDate: day(40), amountCents: 50_000 },
          ],
        },
        'installments',
      ],
      [{ ...plan(10), installments: [{ dueDate: day(10), amountCents: 120_000 }] }, 'installments'],
      [
        {
          ...plan(10, 40),
          installments: [
            { dueDate: day(10), amountCents: 0 },
            { dueDate: day(40), amountCents: 120_000 },
          ],
        },
        'installments.0.amountCents',
      ],
      [{ installments: plan(10, 40).installments }, 'reason'],
    ];
    for (const [body, field] of cases) {
      const response = await manager.post(`/invoices/${id}/payment-plan`, body);
      expect([response.status, fieldsOf(response.body)]).toEqual([400, [field]]);
    }
    expect(await office.prisma.paymentPlan.count({ where: { invoiceId: id } })).toBe(0);
  });

  it('lets managers grant any plan, ADV only for VIP customers within the company maximum, sales never', async () => {
    const standard = await sentInvoice();
    expect((await sales.post(`/invoices/${standard}/payment-plan`, plan(10, 40))).status).toBe(403);
    expect((await adv.post(`/invoices/${standard}/payment-plan`, plan(10, 40))).status).toBe(403);
    const vip = await sentInvoice('VIP');
    const tooMany = await adv.post(`/invoices/${vip}/payment-plan`, plan(10, 20, 30, 40));
    expect(tooMany.status).toBe(403);
    expect(tooMany.body.message).toMatch(/at most 3 installments/);
    const granted = await adv.post(`/invoices/${vip}/payment-plan`, plan(10, 20, 30));
    expect(granted.status).toBe(200);
    expect(granted.body.paymentPlan).toMatchObject({
      status: 'ACTIVE',
      grantedBy: { fullName: 'Nadia Benali' },
      installments: [{ position: 1 }, { position: 2 }, { position: 3 }],
    });
    expect((await manager.post(`/invoices/${standard}/payment-plan`, plan(10, 40))).status).toBe(200);
  });

  it('applies an Idempotency-Key once, refuses a second active plan with 409, shows installment states and cancels', async () => {
    const id = await sentInvoice();
    const key = { 'Idempotency-Key': `plan-${id}` };
    const first = await manager.post(`/invoices/${id}/payment-plan`, plan(10, 40), key);
    expect(first.status).toBe(200);
    expect(first.body.status.label).toBe('En attente envoyée');
    expect(first.body.nextAction).toMatchObject({ code: 'PAYMENT_PLAN_INSTALLMENT', at: day(10) });
    expect(first.body.paymentPlan.installments.map((i: { state: { label: string } }) => i.state.label)).toEqual([
      'À venir',
      'À venir',
    ]);
    expect((await manager.post(`/invoices/${id}/payment-plan`, plan(10, 40), key)).status).toBe(200);
    expect((await manager.post(`/invoices/${id}/payment-plan`, plan(11, 40), key)).status).toBe(422);
    const again = await manager.post(`/invoices/${id}/payment-plan`, plan(11, 40));
    expect(again.status).toBe(409);
    expect(await office.prisma.paymentPlan.count({ where: { invoiceId: id } })).toBe(1);

    const paid = await adv.post(`/invoices/${id}/payments`, {
      amountCents: 30_000,
      paidAt: new Date().toISOString(),
      method: 'BANK_TRANSFER',
    });
    expect(paid.status).toBe(201);
    const detail = (await adv.get(`/invoices/${id}`)).body;
    expect(detail.status.label).toBe('Partiellement payée');
    expect(
      detail.paymentPlan.installments.map((i: { paidCents: number; state: { label: string } }) => [
        i.paidCents,
        i.state.label,
      ]),
    ).toEqual([
      [30_000, 'Partiellement payée'],
      [0, 'À venir'],
    ]);
    expect((await adv.get(`/invoices/${id}/schedule`)).body.paymentPlan).toMatchObject({
      id: detail.paymentPlan.id,
      status: 'ACTIVE',
    });

    const cancelled = await manager.request(
      'DELETE',
      `/invoices/${id}/payment-plan?reason=${encodeURIComponent('Paiement en une fois')}`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.paymentPlan).toMatchObject({ status: 'CANCELLED', endReason: 'Paiement en une fois' });
    expect((await manager.request('DELETE', `/invoices/${id}/payment-plan`)).status).toBe(409);
  });

  it('counts lateness in the list from the first installment not fully paid while the plan is active', async () => {
    const id = await sentInvoice('STANDARD', -30);
    const listed = async () => {
      const late = (await adv.get(`/invoices?perPage=200&status=LATE`)).body.data.some(
        (i: { id: string }) => i.id === id,
      );
      const row = (await adv.get(`/invoices?perPage=200&q=${encodeURIComponent(`ECH-${imported}`)}`)).body.data[0];
      return { late, label: row.status.label as string };
    };
    expect(await listed()).toEqual({ late: true, label: 'Retard 30 jours' });
    expect((await manager.post(`/invoices/${id}/payment-plan`, plan(10, 40))).status).toBe(200);
    expect(await listed()).toEqual({ late: false, label: 'En attente envoyée' });

    const paid = await adv.post(`/invoices/${id}/payments`, {
      amountCents: 60_000,
      paidAt: new Date().toISOString(),
      method: 'BANK_TRANSFER',
    });
    expect(paid.status).toBe(201);
    expect(await office.prisma.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      planLateFrom: new Date(day(40)),
    });
    expect(await listed()).toEqual({ late: false, label: 'Partiellement payée' });

    const cancelled = await manager.request('DELETE', `/invoices/${id}/payment-plan?reason=Annul%C3%A9`);
    expect(cancelled.status).toBe(200);
    expect(await listed()).toEqual({ late: true, label: 'Retard 30 jours' });
  });

  it('refuses a plan on a disputed invoice with 422 and on a draft with 409', async () => {
    const id = await sentInvoice();
    expect((await adv.post(`/invoices/${id}/dispute`, { reason: 'Livraison incomplète' })).status).toBe(200);
    const refused = await manager.post(`/invoices/${id}/payment-plan`, plan(10, 40));
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/disputed/);
    const { body: draft } = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 100_000, vatRate: 20 }],
    });
    expect((await manager.post(`/invoices/${draft.id}/payment-plan`, plan(10, 40))).status).toBe(409);
  });

  it('keeps the company settings, which only ADMIN edits, each bad value named', async () => {
    expect((await admin.get('/settings/payment-plans')).body).toEqual({
      reminderDaysBefore: 3,
      missedAfterDays: 3,
      onMissed: 'RESUME_DUNNING',
      advMaxInstallments: 3,
    });
    expect(
      (
        await manager.put('/settings/payment-plans', {
          reminderDaysBefore: 3,
          missedAfterDays: 3,
          onMissed: 'CANCEL_PLAN',
          advMaxInstallments: 3,
        })
      ).status,
    ).toBe(403);
    const bad = await admin.put('/settings/payment-plans', {
      reminderDaysBefore: 3,
      missedAfterDays: 3,
      onMissed: 'FORGIVE',
      advMaxInstallments: 3,
    });
    expect([bad.status, fieldsOf(bad.body)]).toEqual([400, ['onMissed']]);
    const saved = await admin.put('/settings/payment-plans', {
      reminderDaysBefore: 5,
      missedAfterDays: 7,
      onMissed: 'CANCEL_PLAN',
      advMaxInstallments: 4,
    });
    expect(saved.body).toEqual({
      reminderDaysBefore: 5,
      missedAfterDays: 7,
      onMissed: 'CANCEL_PLAN',
      advMaxInstallments: 4,
    });
    expect((await admin.get('/settings/payment-plans')).body).toMatchObject({ onMissed: 'CANCEL_PLAN' });
  });
});
