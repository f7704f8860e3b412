// First `npm start` only: a few invoices driven through the real API, so the admin UI, the Temporal UI and the
// mailbox have something to show (drafts, approvals waiting, imported late invoices in dunning).
import { ApiClient, type HttpResult } from './api-client';

const isoDay = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
const line = (description: string, quantity: number, unitPriceCents: number, vatRate = 20) => ({
  description,
  quantity,
  unitPriceCents,
  vatRate,
});

/** The body of a successful answer; any refusal stops the demo set-up with the API's message. */
async function ok(what: string, call: Promise<HttpResult>) {
  const { status, body } = await call;
  if (status >= 300) {
    throw new Error(`${what} → ${status} ${JSON.stringify(body?.message ?? body)}`);
  }
  return body;
}

/** Creates the demo invoices when the company has none yet; returns how many were created. */
export async function createDemoInvoices(apiUrl: string): Promise<number> {
  const anonymous = new ApiClient(apiUrl);
  const [sales, adv] = await Promise.all([anonymous.as('sales@demo.test'), anonymous.as('adv@demo.test')]);
  if ((await ok('list invoices', sales.get('/invoices?perPage=1'))).total > 0) {
    return 0;
  }
  const customers = (await ok('list customers', sales.get('/customers?perPage=50'))).data as Array<{
    id: string;
    profile: string;
  }>;
  const customer = (profile: string) => customers.find((c) => c.profile === profile)!.id;

  const imports = [
    {
      customerId: customer('BAD_PAYER'),
      externalNumber: 'ANC-2026-0187',
      issueDate: isoDay(-50),
      dueDate: isoDay(-20),
      lines: [line('Transport frigorifique — septembre', 1, 286000)],
    },
    {
      customerId: customer('STANDARD'),
      externalNumber: 'ANC-2026-0192',
      issueDate: isoDay(-46),
      dueDate: isoDay(-16),
      lines: [line('Maintenance du parc de caisses', 3, 42000)],
      alreadyPaidCents: 30000,
    },
    {
      customerId: customer('VIP'),
      externalNumber: 'ANC-2026-0201',
      issueDate: isoDay(-40),
      dueDate: isoDay(5),
      lines: [line('Accompagnement RGPD', 4, 95000)],
    },
  ];
  for (const invoice of imports) {
    await ok('import an invoice', adv.post('/invoices/import', invoice));
  }

  const drafts = [
    {
      customerId: customer('NEW'),
      lines: [line('Audit de la chaîne de facturation', 6, 95000), line('Formation des équipes ADV', 2, 80000)],
    },
    {
      customerId: customer('STANDARD'),
      lines: [
        line('Licence logiciel de caisse — 12 mois', 5, 18000),
        line('Ouvrage « Le recouvrement amiable »', 3, 2990, 5.5),
      ],
    },
    { customerId: customer('VIP'), lines: [line('Atelier de cadrage', 1, 120000)] },
  ];
  const created = [];
  for (const draft of drafts) {
    created.push(await ok('create a draft', sales.post('/invoices', draft)));
  }
  for (const invoice of created.slice(0, 2)) {
    await ok('submit a draft', sales.post(`/invoices/${invoice.id}/submit`));
  }
  return imports.length + drafts.length;
}
