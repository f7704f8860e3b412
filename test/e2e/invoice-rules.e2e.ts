// The rules around the happy path, over HTTP on the real stack: bad input named by field and nothing recorded,
// 401/403/404/409/422 for what the workflow refuses, rejection and a second approval round, payments and credit
// notes refused before issue, partial then full credit notes, dispute and resume, list filters.
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { issueOverHttp } from '../support/issuing';

const line = (overrides: Record<string, unknown> = {}) => ({
  description: 'Maintenance applicative',
  quantity: 2,
  unitPriceCents: 45000,
  vatRate: 20,
  ...overrides,
});

describe('invoice rules over HTTP', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'rules' });
    [sales, manager, adv] = await Promise.all(['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)));
  });

  afterAll(async () => {
    await office?.close();
  });

  const invoiceCount = () => office.prisma.invoice.count();

  const issuedInvoice = (lines = [line()]) =>
    issueOverHttp({ sales, manager, adv }, { customerId: office.demo.customers.STANDARD, lines });

  it('answers 401 without a token and 404 for an unknown invoice', async () => {
    expect((await office.api.get('/invoices')).status).toBe(401);
    const missing = await adv.get('/invoices/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('names the failing field of a bad invoice and records nothing', async () => {
    const before = await invoiceCount();
    const cases: Array<[object, string]> = [
      [{ customerId: office.demo.customers.STANDARD, lines: [] }, 'lines'],
      [{ customerId: office.demo.customers.STANDARD, lines: [line({ vatRate: 7 })] }, 'lines.0.vatRate'],
      [{ customerId: office.demo.customers.STANDARD, lines: [line({ quantity: -1 })] }, 'lines.0.quantity'],
      [{ customerId: office.demo.customers.STANDARD, lines: [line()], colour: 'blue' }, 'colour'],
      [{ lines: [line()] }, 'customerId'],
    ];
    for (const [body, field] of cases) {
      const response = await sales.post('/invoices', body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(field);
    }
    expect(await invoiceCount()).toBe(before);
  });

  it('refuses self-approval, sends a rejected invoice back with its reason, and approves the second round', async () => {
    const { body: own } = await manager.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [line()],
    });
    expect((await manager.post(`/invoices/${own.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${own.id}`)).body.approval?.pendingRole === 'MANAGER',
      'own invoice waiting',
    );
    expect((await manager.post(`/invoices/${own.id}/approve`, {})).status).toBe(403);

    const { body: draft } = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [line()],
    });
    expect((await sales.post(`/invoices/${draft.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${draft.id}`)).body.approval?.pendingRole === 'MANAGER',
      'round 1',
    );
    expect(
      (
        await adv.post(`/invoices/${draft.id}/payments`, {
          amountCents: 100,
          paidAt: new Date().toISOString(),
          method: 'CASH',
        })
      ).status,
    ).toBe(409);
    expect((await adv.post(`/invoices/${draft.id}/credit-notes`, { reason: 'Erreur', full: true })).status).toBe(409);
    expect((await manager.post(`/invoices/${draft.id}/reject`, {})).status).toBe(400);

    expect((await manager.post(`/invoices/${draft.id}/reject`, { reason: 'Mauvais taux horaire' })).status).toBe(200);
    const rejected = await eventually(async () => {
      const { body } = await sales.get(`/invoices/${draft.id}`);
      return body.rejectionReason ? body : undefined;
    }, 'the rejection');
    expect(rejected).toMatchObject({ rejectionReason: 'Mauvais taux horaire', number: null });
    expect((await manager.post(`/invoices/${draft.id}/approve`, {})).status).toBe(409);

    const edited = await sales.patch(`/invoices/${draft.id}`, { lines: [line({ unitPriceCents: 40000 })] });
    expect(edited.status).toBe(200);
    expect(edited.body.totalExclTaxCents).toBe(80000);
    expect((await sales.post(`/invoices/${draft.id}/submit`)).status).toBe(200);
    await eventually(async () => (await manager.get(`/invoices/${draft.id}`)).body.approval?.round === 2, 'round 2');
    expect((await manager.post(`/invoices/${draft.id}/approve`, { comment: 'Corrigé' })).status).toBe(200);
    const issued = await eventually(async () => {
      const { body } = await adv.get(`/invoices/${draft.id}`);
      return body.number ? body : undefined;
    }, 'the legal number');
    expect(issued.approvals.map((a: { round: number; outcome: string }) => [a.round, a.outcome])).toEqual([
      [1, 'REJECTED'],
      [2, 'APPROVED'],
    ]);
    expect(issued.totalInclTaxCents).toBe(96000);
  });

  it('issues a partial then a full credit note in their own series, never beyond the balance', async () => {
    const invoice = await issuedInvoice([
      line(),
      line({ description: 'Hébergement', quantity: 1, unitPriceCents: 20000, vatRate: 20 }),
    ]);
    expect((await adv.post(`/invoices/${invoice.id}/send`, {})).status).toBe(200);
    await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.status.code === 'SENT', 'sent');

    const partial = await adv.post(`/invoices/${invoice.id}/credit-notes`, {
      reason: 'Hébergement non fourni',
      lines: [{ invoiceLineId: invoice.lines[1].id, quantity: 1 }],
    });
    expect(partial.status).toBe(201);
    expect(partial.body.number).toMatch(/^AV-\d{4}-\d{3}$/);
    const afterPartial = (await adv.get(`/invoices/${invoice.id}`)).body;
    expect(afterPartial).toMatchObject({
      balanceCents: 108000,
      creditedCents: 24000,
      status: { code: 'PARTIALLY_CREDITED', label: 'Avoir partiel' },
    });

    const tooMuch = await adv.post(`/invoices/${invoice.id}/credit-notes`, {
      reason: 'Trop',
      lines: [{ invoiceLineId: invoice.lines[1].id, quantity: 1 }],
    });
    expect(tooMuch.status).toBe(422);
    expect((await adv.get(`/invoices/${invoice.id}/credit-notes`)).body).toHaveLength(1);

    const full = await adv.post(`/invoices/${invoice.id}/credit-notes`, {
      reason: 'Annulation de la commande',
      full: true,
    });
    expect(full.status).toBe(201);
    expect(full.body.totalInclTaxCents).toBe(108000);
    const credited = await eventually(async () => {
      const { body } = await adv.get(`/invoices/${invoice.id}`);
      return body.status.code === 'CREDITED' ? body : undefined;
    }, 'status "Avoir"');
    expect(credited).toMatchObject({ balanceCents: 0, status: { label: 'Avoir' } });
    const numbers = ((await adv.get(`/invoices/${invoice.id}/credit-notes`)).body as Array<{ number: string }>).map(
      (c) => Number(c.number.slice(-3)),
    );
    expect(numbers[1] - numbers[0]).toBe(1);
  });

  it('pauses dunning on a dispute until resume, and refuses a resume that has nothing to resume', async () => {
    const invoice = await issuedInvoice();
    expect((await adv.post(`/invoices/${invoice.id}/send`, {})).status).toBe(200);
    await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.status.code === 'SENT', 'sent');
    expect((await adv.post(`/invoices/${invoice.id}/resume`)).status).toBe(409);
    expect((await sales.post(`/invoices/${invoice.id}/dispute`, {})).status).toBe(400);
    expect((await sales.post(`/invoices/${invoice.id}/dispute`, { reason: 'Prestation contestée' })).status).toBe(200);
    await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.disputed === true, 'disputed');
    expect((await adv.post(`/invoices/${invoice.id}/resume`)).status).toBe(200);
    await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.disputed === false, 'resumed');
  });

  it('finds invoices by number and status, paginated server-side', async () => {
    const invoice = await issuedInvoice();
    const byNumber = (await adv.get(`/invoices?q=${encodeURIComponent(invoice.number)}`)).body;
    expect(byNumber.data.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    const issued = (await adv.get('/invoices?status=ISSUED&perPage=1&page=1')).body;
    expect(issued).toMatchObject({ page: 1, perPage: 1 });
    expect(issued.data).toHaveLength(1);
    expect(issued.total).toBeGreaterThanOrEqual(1);
    expect(issued.data.every((i: { status: { code: string } }) => i.status.code === 'ISSUED')).toBe(true);
    expect((await adv.get('/invoices?perPage=1000')).status).toBe(400);
  });
});
