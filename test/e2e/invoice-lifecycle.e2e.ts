// The heart, end to end through HTTP: the real API and worker, PostgreSQL, the Temporal dev server,
// LibreOffice and the maildev SMTP peer. create → submit → two approval levels → ADV sends → PDF in the mailbox
// → partial payment → full payment → "facture acquittée" mailed.
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { attachmentText, mailsTo } from '../support/maildev';
import { invoiceWorkflowId } from '../../workflows/invoice.contract';

describe('invoice lifecycle over HTTP', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, daf: ApiClient, adv: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'lifecycle' });
    [sales, manager, daf, adv] = await Promise.all(
      ['sales', 'manager', 'daf', 'adv'].map((u) => office.api.as(`${u}@demo.test`)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  it('drives an invoice above the DAF threshold from draft to "Payée" with its receipt', async () => {
    const customerId = office.demo.customers.STANDARD;
    const customer = await office.prisma.customer.findUniqueOrThrow({ where: { id: customerId } });
    const created = await sales.post('/invoices', {
      customerId,
      lines: [
        {
          description: 'Audit de la chaîne de facturation',
          quantity: 5,
          unit: 'jour',
          unitPriceCents: 95000,
          vatRate: 20,
        },
        {
          description: 'Formation des équipes ADV',
          quantity: 2,
          unit: 'jour',
          unitPriceCents: 80000,
          vatRate: 20,
          discountPercent: 10,
        },
        { description: 'Ouvrage "Le recouvrement amiable"', quantity: 3, unitPriceCents: 2990, vatRate: 5.5 },
      ],
    });
    expect(created.status).toBe(201);
    const invoice = created.body;
    expect(invoice).toMatchObject({
      totalExclTaxCents: 627970,
      totalTaxCents: 124293,
      totalInclTaxCents: 752263,
      status: { code: 'DRAFT', label: 'Brouillon' },
      number: null,
    });

    const submitted = await sales.post(`/invoices/${invoice.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.workflowId).toBe(invoiceWorkflowId(invoice.id));
    await eventually(
      async () => (await sales.get(`/invoices/${invoice.id}`)).body.approval?.levelsTotal === 2,
      'two approval levels',
    );

    expect((await sales.post(`/invoices/${invoice.id}/approve`, {})).status).toBe(403);
    expect((await daf.post(`/invoices/${invoice.id}/approve`, {})).status).toBe(403);
    const level1 = await manager.post(`/invoices/${invoice.id}/approve`, { comment: 'OK' });
    expect(level1.status).toBe(200);
    expect(level1.body.approvals).toHaveLength(1);
    await eventually(
      async () => (await daf.get(`/invoices/${invoice.id}`)).body.approval?.pendingRole === 'FINANCE_DIRECTOR',
      'level 2',
    );
    expect((await manager.post(`/invoices/${invoice.id}/approve`, {})).status).toBe(403);
    expect((await daf.post(`/invoices/${invoice.id}/approve`, {})).status).toBe(200);

    const issued = await eventually(async () => {
      const { body } = await adv.get(`/invoices/${invoice.id}`);
      return body.number ? body : undefined;
    }, 'the legal number');
    expect(issued.number).toMatch(/^FACT-\d{4}-\d{3}$/);
    expect(issued.status.label).toBe('En attente non envoyée');
    expect((await sales.patch(`/invoices/${invoice.id}`, { notes: 'late edit' })).status).toBe(409);
    expect((await sales.post(`/invoices/${invoice.id}/send`, {})).status).toBe(403);

    expect((await adv.post(`/invoices/${invoice.id}/send`, {})).status).toBe(200);
    const [sentMail] = await eventually(
      async () => {
        const mails = await mailsTo(customer.billingEmail);
        return mails.length ? mails : undefined;
      },
      'the invoice email',
      90_000,
    );
    expect(sentMail.attachments?.[0].filename).toBe(`${issued.number}.pdf`);
    const pdfText = await attachmentText(sentMail);
    expect(pdfText).toContain(issued.number);
    expect(pdfText.replace(/\s/g, '')).toContain('7522,63');
    const sent = await eventually(async () => {
      const { body } = await adv.get(`/invoices/${invoice.id}`);
      return body.status.code === 'SENT' ? body : undefined;
    }, 'status "En attente envoyée"');
    expect(sent.status.label).toBe('En attente envoyée');
    expect(sent.dueDate).toBeTruthy();

    const partial = await adv.post(`/invoices/${invoice.id}/payments`, {
      amountCents: 300000,
      paidAt: new Date().toISOString(),
      method: 'BANK_TRANSFER',
      reference: 'VIR 1',
    });
    expect(partial.status).toBe(201);
    expect(partial.body.invoice).toMatchObject({ balanceCents: 452263, status: { label: 'Partiellement payée' } });
    const over = await adv.post(`/invoices/${invoice.id}/payments`, {
      amountCents: 452264,
      paidAt: new Date().toISOString(),
      method: 'CARD',
    });
    expect(over.status).toBe(422);
    expect((await adv.get(`/invoices/${invoice.id}/payments`)).body).toHaveLength(1);

    const full = await adv.post(`/invoices/${invoice.id}/payments`, {
      amountCents: 452263,
      paidAt: new Date().toISOString(),
      method: 'CHECK',
    });
    expect(full.status).toBe(201);
    expect(full.body.invoice).toMatchObject({ balanceCents: 0, status: { code: 'PAID', label: 'Payée' } });

    const receipt = await eventually(
      async () => {
        const mails = await mailsTo(customer.billingEmail);
        return mails.find((m) => m.attachments?.some((a) => a.filename.includes('acquittee')));
      },
      'the receipt email',
      90_000,
    );
    expect(await attachmentText(receipt)).toMatch(/Acquittée le/i);

    const documents = (await adv.get(`/invoices/${invoice.id}/documents`)).body as Array<{
      kind: string;
      downloadUrl: string;
    }>;
    expect(documents.map((d) => d.kind).sort()).toEqual(['INVOICE', 'RECEIPT']);
    const history = (await adv.get(`/invoices/${invoice.id}/history`)).body as Array<{ action: string }>;
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining([
        'invoice.created',
        'invoice.submitted',
        'approval.approved',
        'invoice.issued',
        'invoice.sent',
        'payment.recorded',
      ]),
    );
    expect(
      (
        await adv.post(`/invoices/${invoice.id}/payments`, {
          amountCents: 1,
          paidAt: new Date().toISOString(),
          method: 'CASH',
        })
      ).status,
    ).toBe(409);
  }, 240_000);
});
