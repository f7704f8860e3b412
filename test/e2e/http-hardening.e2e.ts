// What a hostile or careless client sends, over HTTP on the real stack: NUL bytes, oversized bodies, reused or
// malformed Idempotency-Keys, LIKE wildcards in searches, settings saved as read, and password guessing on /auth/login.
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { MENUISERIE_CARON } from '../support/customers';

const LIMITS = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
  LOGIN_MAX_FAILURES_PER_IP: '8',
  LOGIN_FAILURE_WINDOW_SECONDS: '900',
};
const line = { description: 'Maintenance applicative', quantity: 1, unitPriceCents: 45000, vatRate: 20 };
const customer = MENUISERIE_CARON;

describe('HTTP hardening', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient, admin: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'hardening', env: LIMITS });
    [sales, manager, adv, admin] = await Promise.all(
      ['sales', 'manager', 'adv', 'admin'].map((u) => office.api.as(`${u}@demo.test`)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  async function sentInvoice() {
    const { body: draft } = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [line],
    });
    expect((await sales.post(`/invoices/${draft.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${draft.id}`)).body.approval?.pendingRole === 'MANAGER',
      'level 1',
    );
    expect((await manager.post(`/invoices/${draft.id}/approve`, {})).status).toBe(200);
    await eventually(async () => (await adv.get(`/invoices/${draft.id}`)).body.number, 'the legal number');
    expect((await adv.post(`/invoices/${draft.id}/send`, {})).status).toBe(200);
    return eventually(async () => {
      const { body } = await adv.get(`/invoices/${draft.id}`);
      return body.status.code === 'SENT' ? body : undefined;
    }, 'sent');
  }

  describe('NUL bytes', () => {
    it('answers 400 naming the body field, nested or not, and records nothing', async () => {
      const customers = await office.prisma.customer.count();
      const named = await sales.post('/customers', { ...customer, name: 'Caron\u0000SARL' });
      expect(named.status).toBe(400);
      expect(named.body).toMatchObject({ statusCode: 400, error: 'Bad Request', fields: [{ field: 'name' }] });
      const nested = await sales.post('/invoices', {
        customerId: office.demo.customers.STANDARD,
        lines: [line, { ...line, description: 'a\u0000' }],
      });
      expect(nested.status).toBe(400);
      expect(nested.body.message).toContain('lines.1.description');
      expect((await office.api.post('/auth/login', { email: 'adv@demo.test', password: 'de\u0000mo' })).status).toBe(
        400,
      );
      expect(await office.prisma.customer.count()).toBe(customers);
    });

    it('answers 400 naming the query parameter', async () => {
      for (const path of ['/invoices?q=%00', '/customers?q=ab%00cd']) {
        const response = await adv.get(path);
        expect(response.status).toBe(400);
        expect(response.body.message).toMatch(/^q: /);
      }
    });
  });

  describe('body size', () => {
    it.each([5, 50])('answers 413 with the JSON error shape to a %i MB body', async (megabytes) => {
      const response = await sales.post('/invoices', {
        customerId: office.demo.customers.STANDARD,
        lines: [{ ...line, description: 'x'.repeat(megabytes * 1024 * 1024) }],
      });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: expect.stringContaining('1048576 bytes'),
      });
    });

    it('lets a body under the limit reach validation', async () => {
      const response = await sales.post('/invoices', {
        customerId: office.demo.customers.STANDARD,
        lines: [{ ...line, description: 'x'.repeat(300_000) }],
      });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('lines.0.description');
    });
  });

  describe('Idempotency-Key', () => {
    it('scopes a key to its action: dispute then resume with the same key both happen', async () => {
      const invoice = await sentInvoice();
      const key = { 'idempotency-key': `k-${invoice.id}` };
      expect((await adv.post(`/invoices/${invoice.id}/dispute`, { reason: 'Livraison contestée' }, key)).status).toBe(
        200,
      );
      await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.disputed === true, 'disputed');
      const resumed = await adv.post(`/invoices/${invoice.id}/resume`, {}, key);
      expect(resumed.status).toBe(200);
      await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.disputed === false, 'resumed');
    });

    it('frees a key whose first use was refused, replays the same request, refuses the same key with another payload (422)', async () => {
      const invoice = await sentInvoice();
      const key = { 'idempotency-key': '"8e03978e-40d5-43e8-bc93-6894a57f9324"' };
      const payment = { amountCents: 1000, paidAt: new Date().toISOString(), method: 'BANK_TRANSFER' };
      const overpaid = await adv.post(
        `/invoices/${invoice.id}/payments`,
        { ...payment, amountCents: invoice.balanceCents + 1 },
        key,
      );
      expect(overpaid.status).toBe(422);
      expect(overpaid.body.message).not.toContain('Idempotency-Key');
      const first = await adv.post(`/invoices/${invoice.id}/payments`, payment, key);
      expect(first.status).toBe(201);
      const replay = await adv.post(`/invoices/${invoice.id}/payments`, payment, key);
      expect(replay.status).toBe(201);
      expect(replay.body.paymentId).toEqual(first.body.paymentId);
      const changed = await adv.post(`/invoices/${invoice.id}/payments`, { ...payment, amountCents: 2000 }, key);
      expect(changed.status).toBe(422);
      expect(changed.body).toMatchObject({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: expect.stringContaining('Idempotency-Key'),
      });
      expect(await office.prisma.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);

      const disputeKey = { 'idempotency-key': `d-${invoice.id}` };
      expect(
        (await adv.post(`/invoices/${invoice.id}/dispute`, { reason: 'Montant contesté' }, disputeKey)).status,
      ).toBe(200);
      expect((await adv.post(`/invoices/${invoice.id}/dispute`, { reason: 'Autre motif' }, disputeKey)).status).toBe(
        422,
      );
      expect(
        (await adv.post(`/invoices/${invoice.id}/dispute`, { reason: 'Montant contesté' }, disputeKey)).status,
      ).toBe(200);
    });

    it('answers 400 naming the header to a key longer than 255 characters or not a string', async () => {
      const invoice = await sentInvoice();
      for (const key of ['k'.repeat(256), '"unterminated', 'é-accent']) {
        const response = await adv.post(
          `/invoices/${invoice.id}/promise`,
          { date: '2099-01-01' },
          { 'idempotency-key': key },
        );
        expect(response.status).toBe(400);
        expect(response.body.fields).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
      }
      expect(
        (
          await adv.post(
            `/invoices/${invoice.id}/promise`,
            { date: '2099-01-01' },
            { 'idempotency-key': 'k'.repeat(255) },
          )
        ).status,
      ).toBe(200);
    });

    it('is described in the OpenAPI of every action that takes it', async () => {
      const { body: openApi } = await office.api.get('/docs-json');
      const actions = ['approve', 'reject', 'send', 'dispute', 'resume', 'promise'].map((a) => `/invoices/{id}/${a}`);
      for (const path of [...actions, '/invoices/{id}/payments', '/invoices/{id}/credit-notes']) {
        const header = openApi.paths[path].post.parameters.find(
          (p: { in: string; name: string }) => p.in === 'header' && p.name === 'Idempotency-Key',
        );
        expect({ path, header }).toMatchObject({
          path,
          header: { schema: { type: 'string', maxLength: 255 }, description: expect.stringContaining('422') },
        });
      }
    });
  });

  describe('searches', () => {
    it('treats % and _ as plain characters', async () => {
      const created = await sales.post('/customers', { ...customer, name: 'Remise 100% bois_massif' });
      expect(created.status).toBe(201);
      const names = async (q: string) =>
        ((await sales.get(`/customers?q=${encodeURIComponent(q)}`)).body.data as { name: string }[]).map((c) => c.name);
      expect(await names('%')).toEqual(['Remise 100% bois_massif']);
      expect(await names('_')).toEqual(['Remise 100% bois_massif']);
      expect(await names('0%_b')).toEqual([]);
      expect((await adv.get('/invoices?q=%25')).body.total).toBe(0);
      expect((await adv.get('/invoices?q=_')).body.total).toBe(0);
    });
  });

  describe('settings', () => {
    it.each(['/settings/dunning', '/settings/approval-circuit'])('saves %s exactly as it was read', async (path) => {
      const read = await admin.get(path);
      expect(read.status).toBe(200);
      const saved = await admin.put(path, read.body);
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual(read.body);
    });

    it('saves a dunning policy exactly as it was read, as its next version', async () => {
      const { body: policies } = await admin.get('/dunning-policies');
      const read = await admin.get(`/dunning-policies/${policies[0].id}`);
      const saved = await admin.put(`/dunning-policies/${read.body.id}`, read.body);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        id: read.body.id,
        code: read.body.code,
        name: read.body.name,
        steps: read.body.steps,
        version: read.body.version + 1,
      });
    });
  });

  // Last: these lock the test accounts and this client's IP.
  describe('login rate limiting', () => {
    it('locks an account after repeated failures with 429 and Retry-After, and audits the lock', async () => {
      const attempt = (password: string) =>
        fetch(`${office.api.baseUrl}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'sales@demo.test', password }),
        });
      for (let i = 0; i < 3; i++) {
        expect((await attempt('wrong')).status).toBe(401);
      }
      const locked = await attempt('demo');
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
      expect(await locked.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      const audit = await office.prisma.auditEvent.findMany({ where: { action: 'auth.account-locked' } });
      expect(audit).toEqual([
        expect.objectContaining({ actorId: office.demo.users.sales.id, ip: expect.stringContaining('127.0.0.1') }),
      ]);
      expect((await office.api.post('/auth/login', { email: 'adv@demo.test', password: 'demo' })).status).toBe(200);
    });

    it('blocks an IP after repeated failures across accounts', async () => {
      const failures = await office.prisma.loginFailure.count();
      for (let i = failures; i < 8; i++) {
        expect(
          (await office.api.post('/auth/login', { email: `nobody${i}@demo.test`, password: 'guess' })).status,
        ).toBe(401);
      }
      expect((await office.api.post('/auth/login', { email: 'admin@demo.test', password: 'demo' })).status).toBe(429);
      expect(await office.prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.test' } })).toMatchObject({
        passwordHash: expect.stringMatching(/^\$2[aby]\$/),
      });
    });
  });
});
