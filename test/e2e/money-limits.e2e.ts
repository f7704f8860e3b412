// Money at its limits on the real stack: the largest allowed amount and quantity go through the API, PostgreSQL
// (BIGINT), the invoice workflow, the PDFs and the emails; one cent or one thousandth beyond is a 400 naming the field.
import { MAX_AMOUNT_CENTS, MAX_QUANTITY } from '../../src/common/money-limits';
import { bootBackOffice, eventually, type ApiClient, type BackOffice, type HttpResult } from '../support/back-office';
import { attachmentText, mailsTo, type MaildevMail } from '../support/maildev';

/** "10 000 000 000,00 €" as the PDF text reads once spaces are dropped. */
const MAX_IN_FRENCH = '10000000000,00€';
const MAX_LINE_PRICE = {
  description: 'Cession du fonds de commerce',
  quantity: 1,
  unitPriceCents: MAX_AMOUNT_CENTS,
  vatRate: 0,
  discountPercent: 0.01,
};
const MAX_QUANTITY_LINE = { description: 'Pièces détachées', quantity: MAX_QUANTITY, unitPriceCents: 100, vatRate: 0 };
const line = (overrides: Record<string, unknown> = {}) => ({
  description: 'Prestation',
  quantity: 1,
  unitPriceCents: 1000,
  vatRate: 20,
  ...overrides,
});
const noSpaces = (text: string) => text.replace(/\s/g, '');
const paidNow = () => new Date().toISOString();

function expect400Naming(response: HttpResult, field: string): void {
  expect(response.status).toBe(400);
  expect((response.body.fields as Array<{ field: string }>).map((f) => f.field)).toContain(field);
}

describe('money limits over HTTP', () => {
  let office: BackOffice;
  let sales: ApiClient, adv: ApiClient, admin: ApiClient;
  let approvers: Record<string, ApiClient>;
  let billingEmail: string;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'money-limits' });
    const [manager, daf, director] = await Promise.all(
      ['manager', 'daf', 'director'].map((u) => office.api.as(`${u}@demo.test`)),
    );
    [sales, adv, admin] = await Promise.all(['sales', 'adv', 'admin'].map((u) => office.api.as(`${u}@demo.test`)));
    approvers = { MANAGER: manager, FINANCE_DIRECTOR: daf, DIRECTOR: director, ADMIN: admin };
    billingEmail = (await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers.STANDARD } }))
      .billingEmail;
  });

  afterAll(async () => {
    await office?.close();
  });

  /** Approves every level the circuit asks for, then waits for the legal number. */
  async function approveAll(id: string): Promise<Record<string, unknown>> {
    return eventually(
      async () => {
        const { body } = await adv.get(`/invoices/${id}`);
        if (body.number) {
          return body;
        }
        const role = body.approval?.pendingRole as string | undefined;
        if (role) {
          await approvers[role].post(`/invoices/${id}/approve`, {});
        }
        return undefined;
      },
      'every approval level and the legal number',
      60_000,
    );
  }

  const mailAbout = (number: string, attachment: string) =>
    eventually(
      async () =>
        (await mailsTo(billingEmail)).find(
          (m: MaildevMail) => m.subject.includes(number) && m.attachments?.some((a) => a.filename.includes(attachment)),
        ),
      `the email with ${attachment}`,
      90_000,
    );

  it('carries the largest total and the largest quantity from the API to the PDF, the emails and the payments', async () => {
    const created = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [MAX_LINE_PRICE, MAX_QUANTITY_LINE],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      totalExclTaxCents: MAX_AMOUNT_CENTS,
      totalTaxCents: 0,
      totalInclTaxCents: MAX_AMOUNT_CENTS,
      balanceCents: MAX_AMOUNT_CENTS,
    });
    expect(created.body.lines).toMatchObject([
      { quantity: 1, unitPriceCents: MAX_AMOUNT_CENTS, totalExclTaxCents: MAX_AMOUNT_CENTS - 100_000_000 },
      { quantity: MAX_QUANTITY, unitPriceCents: 100, totalExclTaxCents: 100_000_000 },
    ]);
    const id = created.body.id as string;
    const stored = await office.prisma.invoice.findUniqueOrThrow({
      where: { id },
      include: { lines: { orderBy: { position: 'asc' } } },
    });
    expect(stored.totalInclTaxCents).toBe(BigInt(MAX_AMOUNT_CENTS));
    expect(stored.lines.map((l) => [l.quantityMilli, l.unitPriceCents])).toEqual([
      [1000, BigInt(MAX_AMOUNT_CENTS)],
      [MAX_QUANTITY * 1000, 100n],
    ]);

    expect((await sales.post(`/invoices/${id}/submit`)).status).toBe(200);
    const issued = await approveAll(id);
    expect((await adv.post(`/invoices/${id}/send`, {})).status).toBe(200);
    const number = issued.number as string;
    const invoiceMail = await mailAbout(number, number);
    expect(noSpaces(invoiceMail.text)).toContain(MAX_IN_FRENCH);
    const invoicePdf = noSpaces(await attachmentText(invoiceMail));
    expect(invoicePdf).toContain(MAX_IN_FRENCH);
    expect(invoicePdf).toContain('Piècesdétachées10000001,00€');
    await eventually(async () => (await adv.get(`/invoices/${id}`)).body.status.code === 'SENT', 'sent');

    // The workflow compares payments with the balance at the boundary: one cent too many is refused.
    expect(
      (await adv.post(`/invoices/${id}/payments`, { amountCents: 1, paidAt: paidNow(), method: 'BANK_TRANSFER' }))
        .status,
    ).toBe(201);
    expect(
      (
        await adv.post(`/invoices/${id}/payments`, {
          amountCents: MAX_AMOUNT_CENTS,
          paidAt: paidNow(),
          method: 'BANK_TRANSFER',
        })
      ).status,
    ).toBe(422);
    const credited = await adv.post(`/invoices/${id}/credit-notes`, {
      reason: 'Pièces non livrées',
      lines: [{ invoiceLineId: created.body.lines[1].id, quantity: MAX_QUANTITY }],
    });
    expect(credited.status).toBe(201);
    expect(credited.body.invoice).toMatchObject({
      creditedCents: 100_000_000,
      balanceCents: MAX_AMOUNT_CENTS - 100_000_001,
    });
    const rest = await adv.post(`/invoices/${id}/payments`, {
      amountCents: MAX_AMOUNT_CENTS - 100_000_001,
      paidAt: paidNow(),
      method: 'BANK_TRANSFER',
    });
    expect(rest.status).toBe(201);
    expect(rest.body.invoice).toMatchObject({
      paidCents: MAX_AMOUNT_CENTS - 100_000_000,
      balanceCents: 0,
      status: { code: 'PAID' },
    });

    const receiptPdf = noSpaces(await attachmentText(await mailAbout(number, 'acquittee')));
    expect(receiptPdf).toContain(MAX_IN_FRENCH);
    expect(receiptPdf).toContain('Virement9998999999,99€');
    const payments = (await adv.get(`/invoices/${id}/payments`)).body as Array<{ amountCents: number }>;
    expect(payments.map((p) => p.amountCents)).toEqual([1, MAX_AMOUNT_CENTS - 100_000_001]);
    const creditNotes = (await adv.get(`/invoices/${id}/credit-notes`)).body as Array<{
      totalInclTaxCents: number;
      lines: Array<{ quantity: number }>;
    }>;
    expect(creditNotes).toMatchObject([{ totalInclTaxCents: 100_000_000, lines: [{ quantity: MAX_QUANTITY }] }]);
    const settled = await office.prisma.invoice.findUniqueOrThrow({ where: { id } });
    expect([settled.paidCents, settled.creditedCents, settled.balanceCents]).toEqual([
      BigInt(MAX_AMOUNT_CENTS - 100_000_000),
      100_000_000n,
      0n,
    ]);
  }, 240_000);

  it('stores the amount of the issue (10 000 000 000 cents) that used to overflow a 32-bit column', async () => {
    const created = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [line({ unitPriceCents: 10_000_000_000 })],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      totalExclTaxCents: 10_000_000_000,
      totalTaxCents: 2_000_000_000,
      totalInclTaxCents: 12_000_000_000,
    });
    expect((await office.prisma.invoice.findUniqueOrThrow({ where: { id: created.body.id } })).balanceCents).toBe(
      12_000_000_000n,
    );
    expect((await sales.get(`/invoices/${created.body.id}`)).body.totalInclTaxCents).toBe(12_000_000_000);
  });

  it('answers 400 naming the field one step beyond each limit, and records nothing', async () => {
    const customerId = office.demo.customers.STANDARD;
    const before = await office.prisma.invoice.count();
    const cases: Array<[Promise<HttpResult>, string]> = [
      [
        sales.post('/invoices', { customerId, lines: [line({ unitPriceCents: MAX_AMOUNT_CENTS + 1, vatRate: 0 })] }),
        'lines.0.unitPriceCents',
      ],
      [
        sales.post('/invoices', { customerId, lines: [line({ quantity: MAX_QUANTITY + 0.001, unitPriceCents: 1 })] }),
        'lines.0.quantity',
      ],
      [
        sales.post('/invoices', { customerId, lines: [line({ unitPriceCents: MAX_AMOUNT_CENTS, vatRate: 20 })] }),
        'lines',
      ],
      [
        sales.post('/invoices', {
          customerId,
          lines: [line({ unitPriceCents: MAX_AMOUNT_CENTS, vatRate: 0 }), line({ unitPriceCents: 1, vatRate: 0 })],
        }),
        'lines',
      ],
      [
        sales.post('/invoices', {
          customerId,
          lines: [line({ quantity: MAX_QUANTITY, unitPriceCents: MAX_AMOUNT_CENTS })],
        }),
        'lines',
      ],
      [
        adv.post('/invoices/import', {
          customerId,
          externalNumber: 'F-MAX-1',
          issueDate: '2026-10-01',
          dueDate: '2026-10-31',
          lines: [line({ unitPriceCents: MAX_AMOUNT_CENTS })],
        }),
        'lines',
      ],
      [
        adv.post('/invoices/import', {
          customerId,
          externalNumber: 'F-MAX-2',
          issueDate: '2026-10-01',
          dueDate: '2026-10-31',
          lines: [line()],
          alreadyPaidCents: MAX_AMOUNT_CENTS + 1,
        }),
        'alreadyPaidCents',
      ],
    ];
    for (const [response, field] of cases) {
      expect400Naming(await response, field);
    }
    expect(await office.prisma.invoice.count()).toBe(before);

    const { body: draft } = await sales.post('/invoices', { customerId, lines: [line()] });
    expect400Naming(
      await sales.patch(`/invoices/${draft.id}`, { lines: [line({ unitPriceCents: MAX_AMOUNT_CENTS })] }),
      'lines',
    );
    expect400Naming(
      await adv.post(`/invoices/${draft.id}/payments`, {
        amountCents: MAX_AMOUNT_CENTS + 1,
        paidAt: paidNow(),
        method: 'CASH',
      }),
      'amountCents',
    );
    const creditLine = { invoiceLineId: draft.lines[0].id, quantity: MAX_QUANTITY + 0.001 };
    expect400Naming(
      await adv.post(`/invoices/${draft.id}/credit-notes`, { reason: 'Trop', lines: [creditLine] }),
      'lines.0.quantity',
    );
    const circuit = (await admin.get('/settings/approval-circuit')).body;
    const tooHigh = { ...circuit, levels: [{ role: 'MANAGER', minAmountExclTaxCents: MAX_AMOUNT_CENTS + 1 }] };
    expect400Naming(await admin.put('/settings/approval-circuit', tooHigh), 'levels.0.minAmountExclTaxCents');
    expect((await admin.get('/settings/approval-circuit')).body).toEqual(circuit);
  });
});
