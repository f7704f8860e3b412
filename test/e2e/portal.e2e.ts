// The customer portal on the real stack: links from real emails (maildev), scoped to one customer, moved into an
// HttpOnly cookie, revocable and expiring; portal actions go through the invoice's workflow (task, audit with IP).
import { DateTime } from 'luxon';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { portalTokenMailedTo, PortalVisitor, requestIdIn } from '../support/portal';

// Every hour of every day is a sending hour here, so the test does not depend on when it runs.
const ALWAYS_OPEN = { businessDaysOnly: false, skipPublicHolidays: false, windowStart: '00:00', windowEnd: '23:59' };

describe('customer portal on the real stack', () => {
  let office: BackOffice;
  let adv: ApiClient;
  let sales: ApiClient;
  let base: string;
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  const mailA = `compta-a-${Date.now()}@portal-client.test`;
  const mailB = `compta-b-${Date.now()}@portal-client.test`;
  let customerA: string, customerB: string;
  let lateA: string, paidA: string, paidB: string;
  let visitorA: PortalVisitor;
  let tokenA: string;

  const importInvoice = async (
    customerId: string,
    externalNumber: string,
    dueInDays: number,
    amountCents: number,
  ): Promise<string> => {
    const { status, body } = await adv.post('/invoices/import', {
      customerId,
      externalNumber,
      issueDate: today.minus({ days: 30 }).toISODate(),
      dueDate: today.plus({ days: dueInDays }).toISODate(),
      lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: amountCents, vatRate: 0 }],
    });
    expect(status).toBe(201);
    return body.id as string;
  };

  const payInFull = async (invoiceId: string, amountCents: number): Promise<string> => {
    expect(
      (
        await adv.post(`/invoices/${invoiceId}/payments`, {
          amountCents,
          paidAt: new Date().toISOString(),
          method: 'BANK_TRANSFER',
        })
      ).status,
    ).toBe(201);
    const receipt = await eventually(
      async () => (await office.prisma.document.findFirst({ where: { invoiceId, kind: 'RECEIPT' } })) ?? undefined,
      `the receipt of ${invoiceId}`,
      180_000,
    );
    return receipt.id;
  };

  beforeAll(async () => {
    // A low portal-wide limit so the last test reaches it in a few cheap requests.
    office = await bootBackOffice({ label: 'portal', env: { PORTAL_REQUESTS_PER_MINUTE: '100' } });
    base = office.api.baseUrl;
    [adv, sales] = await Promise.all([office.api.as('adv@demo.test'), office.api.as('sales@demo.test')]);
    const company = await office.prisma.company.findUniqueOrThrow({ where: { id: office.demo.companyId } });
    await office.prisma.company.update({
      where: { id: company.id },
      data: { dunningSettings: { ...(company.dunningSettings as object), ...ALWAYS_OPEN } },
    });
    customerA = office.demo.customers.STANDARD;
    customerB = office.demo.customers.NEW;
    await office.prisma.customer.update({ where: { id: customerA }, data: { billingEmail: mailA } });
    await office.prisma.customer.update({ where: { id: customerB }, data: { billingEmail: mailB } });
    lateA = await importInvoice(customerA, 'PORTAIL-A-001', -16, 120000);
    paidA = await importInvoice(customerA, 'PORTAIL-A-002', 20, 30000);
    paidB = await importInvoice(customerB, 'PORTAIL-B-001', 20, 45000);
    tokenA = await portalTokenMailedTo(mailA, /PORTAIL-A-001/);
    visitorA = new PortalVisitor(base);
  }, 240_000);

  afterAll(async () => {
    await office?.close();
  });

  it('sends a link in the reminder email, never stores it, and moves it into an HttpOnly cookie', async () => {
    const stored = await office.prisma.message.findMany({ where: { invoiceId: lateA, channel: 'EMAIL' } });
    expect(stored.length).toBeGreaterThan(0);
    for (const message of stored) {
      expect(message.body).not.toContain(tokenA);
    }
    expect(stored[0].body).toContain("[lien personnel vers l'espace client]");

    const opened = await visitorA.open(tokenA);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/portal');
    expect(opened.headers.get('set-cookie')).toMatch(
      /^acquitte_portal=[^;]+; Path=\/portal; Expires=[^;]+; HttpOnly; SameSite=Lax$/,
    );
    expect(opened.headers.get('referrer-policy')).toBe('no-referrer');
    expect(opened.headers.get('cache-control')).toBe('no-store');
  });

  it("lists the customer's own invoices with the seed's labels and due dates, and no one else's", async () => {
    const page = await visitorA.get('/portal');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.text).toContain('PORTAIL-A-001');
    expect(page.text).toContain('Retard 16 jours');
    expect(page.text).toContain(today.minus({ days: 16 }).toFormat('dd/MM/yyyy'));
    expect(page.text).toContain('PORTAIL-A-002');
    expect(page.text).not.toContain('PORTAIL-B-001');
  });

  it('shows payment instructions with the RF reference and an EPC QR code', async () => {
    const page = await visitorA.get(`/portal/invoices/${lateA}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/RF\d\d PORT AILA 001/);
    expect(page.text).toMatch(/<svg [^>]*viewBox/);
    expect(page.text).toMatch(/1\s200,00/);
  });

  it("downloads the customer's PDFs, and answers 404 for another customer's invoice or document, by id", async () => {
    const [receiptA, receiptB] = await Promise.all([payInFull(paidA, 30000), payInFull(paidB, 45000)]);
    const download = await visitorA.get(`/portal/documents/${receiptA}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await visitorA.get(`/portal/documents/${receiptB}/download`)).status).toBe(404);
    expect((await visitorA.get(`/portal/invoices/${paidB}`)).status).toBe(404);
    const other = await visitorA.post(`/portal/invoices/${paidB}/dispute`, {
      requestId: crypto.randomUUID(),
      reason: 'Pas à nous',
    });
    expect(other.status).toBe(404);
    expect(
      await office.prisma.auditEvent.count({ where: { invoiceId: paidB, action: { startsWith: 'portal.' } } }),
    ).toBe(0);
  }, 240_000);

  it('keeps staff tokens and portal tokens apart, both ways', async () => {
    const staffToken = (await office.api.post('/auth/login', { email: 'adv@demo.test', password: 'demo' })).body
      .accessToken as string;
    const anonymous = new PortalVisitor(base);
    expect((await anonymous.get('/portal', { authorization: `Bearer ${staffToken}` })).status).toBe(401);
    expect((await anonymous.withCookie(`acquitte_portal=${staffToken}`).get('/portal')).status).toBe(401);
    expect((await anonymous.open(staffToken)).status).toBe(401);
    expect((await office.api.withToken(tokenA).get('/invoices')).status).toBe(401);
    expect(
      (await office.api.request('GET', '/auth/me', undefined, { cookie: `acquitte_portal=${tokenA}` })).status,
    ).toBe(401);
  });

  it('refuses bad input with a 400 naming the field, and nothing reaches the workflow', async () => {
    const page = await visitorA.get(`/portal/invoices/${lateA}`);
    const refused = await visitorA.post(`/portal/invoices/${lateA}/payment-declaration`, {
      requestId: requestIdIn(page.text),
      paidOn: today.toISODate()!,
      amount: 'beaucoup',
      method: 'BANK_TRANSFER',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('amount');
    expect(await office.prisma.task.count({ where: { invoiceId: lateA, type: 'CUSTOMER_PAYMENT_CHECK' } })).toBe(0);
  });

  it('"J\'ai payé" pauses the reminders, opens one ADV check task and is in the history as "client" with the IP, once', async () => {
    const page = await visitorA.get(`/portal/invoices/${lateA}`);
    const form = {
      requestId: requestIdIn(page.text),
      paidOn: today.toISODate()!,
      amount: '1 200,00',
      method: 'BANK_TRANSFER',
    };
    const declared = await visitorA.post(`/portal/invoices/${lateA}/payment-declaration`, form);
    expect(declared.status).toBe(303);
    expect(declared.headers.get('location')).toBe(`/portal/invoices/${lateA}?done=payment`);
    expect((await visitorA.post(`/portal/invoices/${lateA}/payment-declaration`, form)).status).toBe(303);

    const invoice = (await adv.get(`/invoices/${lateA}`)).body;
    expect(invoice.promisedPaymentDate).toBe(today.plus({ days: 7 }).toISODate());
    const tasks = await office.prisma.task.findMany({
      where: { invoiceId: lateA, type: 'CUSTOMER_PAYMENT_CHECK' },
      include: { assignee: true },
    });
    expect(tasks).toHaveLength(1);
    expect(tasks[0].assignee?.role).toBe('ADV');
    expect(tasks[0].description).toMatch(/1\s200,00/);
    const history = (await adv.get(`/invoices/${lateA}/history`)).body as Array<{
      action: string;
      actor: string;
      details: { ip?: string };
    }>;
    const declaredEvents = history.filter((h) => h.action === 'portal.payment-declared');
    expect(declaredEvents).toHaveLength(1);
    expect(declaredEvents[0]).toMatchObject({
      actor: 'client',
      details: { ip: expect.stringMatching(/127\.0\.0\.1$/) },
    });
    expect((await visitorA.get(`/portal/invoices/${lateA}?done=payment`)).text).toContain('relances sont suspendues');
  });

  it('"Demander un échéancier" refuses a proposal that does not add up, then gives the manager a task with the dates', async () => {
    const page = await visitorA.get(`/portal/invoices/${lateA}`);
    const [d1, d2] = [today.plus({ days: 10 }).toISODate()!, today.plus({ days: 40 }).toISODate()!];
    const short = await visitorA.post(`/portal/invoices/${lateA}/payment-plan-request`, {
      requestId: requestIdIn(page.text),
      dueDate1: d1,
      amount1: '100',
      dueDate2: d2,
      amount2: '100',
    });
    expect(short.status).toBe(422);
    const asked = await visitorA.post(`/portal/invoices/${lateA}/payment-plan-request`, {
      requestId: requestIdIn(page.text),
      dueDate1: d1,
      amount1: '600',
      dueDate2: d2,
      amount2: '600,00',
      comment: 'Trésorerie tendue ce mois-ci',
    });
    expect(asked.status).toBe(303);
    const task = await office.prisma.task.findFirstOrThrow({
      where: { invoiceId: lateA, type: 'CUSTOMER_PLAN_REQUEST' },
      include: { assignee: true },
    });
    expect(task.assignee?.role).toBe('MANAGER');
    expect(task.description).toContain(DateTime.fromISO(d2).toFormat('dd/MM/yyyy'));
    expect(task.description).toContain('Trésorerie tendue');
  });

  it('"Contester" disputes the invoice in its workflow and opens an ADV task; a second dispute is a 409', async () => {
    const page = await visitorA.get(`/portal/invoices/${lateA}`);
    const disputed = await visitorA.post(`/portal/invoices/${lateA}/dispute`, {
      requestId: requestIdIn(page.text),
      reason: 'La prestation de mars n’a pas été réalisée',
    });
    expect(disputed.status).toBe(303);
    const invoice = (await adv.get(`/invoices/${lateA}`)).body;
    expect(invoice).toMatchObject({ disputed: true, disputeReason: 'La prestation de mars n’a pas été réalisée' });
    expect(await office.prisma.task.count({ where: { invoiceId: lateA, type: 'CUSTOMER_DISPUTE' } })).toBe(1);
    const again = await visitorA.post(`/portal/invoices/${lateA}/dispute`, {
      requestId: crypto.randomUUID(),
      reason: 'Encore',
    });
    expect(again.status).toBe(409);
  });

  it('lets ADV revoke the links (not SALES): the cookie then answers 401 with a French page offering a new link', async () => {
    expect((await sales.post(`/customers/${customerA}/portal-links/revoke`)).status).toBe(403);
    const revoked = await adv.post(`/customers/${customerA}/portal-links/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked).toBeGreaterThanOrEqual(1);
    const page = await visitorA.get('/portal');
    expect(page.status).toBe(401);
    expect(page.text).toContain('nouveau lien');
    expect((await new PortalVisitor(base).open(tokenA)).status).toBe(401);
  });

  it('sends a new link only to a known address, with the same answer for an unknown one; expired links are refused', async () => {
    const known = await office.api.post('/portal/link', { email: mailA.toUpperCase() }, { accept: 'application/json' });
    const unknown = await office.api.post(
      '/portal/link',
      { email: 'personne@inconnu.test' },
      { accept: 'application/json' },
    );
    expect(known).toEqual(unknown);
    expect(known.status).toBe(202);
    const token = await portalTokenMailedTo(mailA, /espace client/);
    const fresh = new PortalVisitor(base);
    expect((await fresh.open(token)).status).toBe(303);
    expect((await fresh.get('/portal')).status).toBe(200);

    await office.prisma.portalLink.updateMany({
      where: { customerId: customerA, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await fresh.get('/portal');
    expect(expired.status).toBe(401);
    expect(expired.text).toContain('expiré');
  });

  it('lets ADMIN set the link validity and the pause (400 naming the field, 403 for others)', async () => {
    const admin = await office.api.as('admin@demo.test');
    expect((await adv.get('/settings/portal')).body).toEqual({ linkValidityDays: 30, declaredPaymentPauseDays: 7 });
    expect((await adv.put('/settings/portal', { linkValidityDays: 10, declaredPaymentPauseDays: 3 })).status).toBe(403);
    const invalid = await admin.put('/settings/portal', { linkValidityDays: 0, declaredPaymentPauseDays: 3 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields).toEqual([expect.objectContaining({ field: 'linkValidityDays' })]);
    expect((await admin.put('/settings/portal', { linkValidityDays: 10, declaredPaymentPauseDays: 3 })).body).toEqual({
      linkValidityDays: 10,
      declaredPaymentPauseDays: 3,
    });
    const link = await office.api.post('/portal/link', { email: mailB }, { accept: 'application/json' });
    expect(link.status).toBe(202);
    const token = await portalTokenMailedTo(mailB, /espace client/);
    const stored = await office.prisma.portalLink.findUniqueOrThrow({ where: { id: token.split('.')[0] } });
    expect(Math.round((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000)).toBe(10);
  });

  it('rate-limits new-link requests with 429 and Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 5; i++) {
      answers.push(
        await office.api.post('/portal/link', { email: `inconnu-${i}@inconnu.test` }, { accept: 'application/json' }),
      );
    }
    const limited = answers.find((a) => a.status === 429);
    expect(limited).toBeDefined();
    const response = await fetch(`${base}/portal/link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email: 'x@inconnu.test' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rate-limits every portal route per IP with 429 and Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i <= 100 && last?.status !== 429; i++) {
      last = await fetch(`${base}/portal/link`);
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last?.text()).toContain('Trop de requêtes');
  });
});
