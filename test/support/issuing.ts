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
