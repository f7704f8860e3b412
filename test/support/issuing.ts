import type { ApiClient } from '../../scripts/lib/api-client';
import { eventually } from './eventually';

/** The demo users who take an invoice through the default circuit (one MANAGER level, numbers read by ADV). */
export interface IssuingTeam {
  sales: ApiClient;
  manager: ApiClient;
  adv: ApiClient;
}

/** Creates the draft as SALES, submits it, approves level 1 as MANAGER, and returns the invoice once it has its legal number. */
export async function issueOverHttp(
  team: IssuingTeam,
  draft: { customerId: string; lines: object[]; operationCategory?: string },
) {
  const { body: created } = await team.sales.post('/invoices', draft);
  expect((await team.sales.post(`/invoices/${created.id}/submit`)).status).toBe(200);
  await eventually(
    async () => (await team.manager.get(`/invoices/${created.id}`)).body.approval?.pendingRole === 'MANAGER',
    'level 1',
  );
  expect((await team.manager.post(`/invoices/${created.id}/approve`, {})).status).toBe(200);
  return eventually(async () => {
    const { body } = await team.adv.get(`/invoices/${created.id}`);
    return body.number ? body : undefined;
  }, 'the legal number');
}

/**
 * A year of finance activity on the demo customers: services at 20 % and 5.5 % partly paid, goods at 10 % with a line
 * discount paid in full, and an invoice partly credited. The FEC and journal tests read their exports back from it.
 */
export async function issueYearOfActivity(team: IssuingTeam, customers: { STANDARD: string; VIP: string }) {
  const issue = (customerId: string, lines: object[], operationCategory = 'SERVICES') =>
    issueOverHttp(team, { customerId, operationCategory, lines });
  const services = await issue(customers.STANDARD, [
    { description: 'Audit', quantity: 2, unit: 'jour', unitPriceCents: 95_000, vatRate: 20 },
    { description: 'Ouvrage', quantity: 3, unitPriceCents: 2_990, vatRate: 5.5 },
  ]);
  const goods = await issue(
    customers.VIP,
    [{ description: 'Repas', quantity: 4, unitPriceCents: 3_500, vatRate: 10, discountPercent: 5 }],
    'GOODS',
  );
  const credited = await issue(customers.STANDARD, [
    { description: 'Hébergement', quantity: 1, unitPriceCents: 40_000, vatRate: 20 },
    { description: 'Livre', quantity: 2, unitPriceCents: 1_500, vatRate: 5.5 },
  ]);
  const paidAt = new Date().toISOString();
  const partial = { amountCents: 100_000, paidAt, method: 'BANK_TRANSFER' };
  expect((await team.adv.post(`/invoices/${services.id}/payments`, partial)).status).toBe(201);
  const full = { amountCents: goods.totalInclTaxCents, paidAt, method: 'CARD' };
  expect((await team.adv.post(`/invoices/${goods.id}/payments`, full)).status).toBe(201);
  const creditNote = await team.adv.post(`/invoices/${credited.id}/credit-notes`, {
    reason: 'Livre non fourni',
    lines: [{ invoiceLineId: credited.lines[1].id, quantity: 2 }],
  });
  expect(creditNote.status).toBe(201);
  return { services, goods, credited };
}
