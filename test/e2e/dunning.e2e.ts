// Dunning against the real stack: an invoice imported 16 days late gets exactly the D+15 step (one email through
// SMTP, one SMS through the official twilio client to the Prism peer) and nothing for the steps it missed; a payment
// then stops everything and the receipt goes out.
import fs from 'node:fs';
import { DateTime } from 'luxon';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { mailsTo } from '../support/maildev';
import { testStack } from '../support/stack';
import { openAroundTheClock } from '../support/always-open';

// Every hour of every day is a sending hour here, so the test does not depend on when CI runs.

function smsRequestsFor(accountSid: string): number {
  return fs
    .readFileSync(testStack().prismLog, 'utf8')
    .split('\n')
    .filter(
      (line) =>
        line.includes(`post /2010-04-01/Accounts/${accountSid}/Messages.json`) && line.includes('Request received'),
    ).length;
}

describe('dunning on the real stack', () => {
  let office: BackOffice;
  let adv: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'dunning' });
    adv = await office.api.as('adv@demo.test');
    await openAroundTheClock(office.prisma, office.demo.companyId);
  });

  afterAll(async () => {
    await office?.close();
  });

  it('catches up an invoice 16 days late with only D+15, then stops at the payment', async () => {
    const customerId = office.demo.customers.STANDARD;
    const customer = await office.prisma.customer.update({
      where: { id: customerId },
      data: { billingEmail: 'compta-dunning@client.test' },
    });
    const today = DateTime.now().setZone('Europe/Paris').startOf('day');
    const imported = await adv.post('/invoices/import', {
      customerId,
      externalNumber: 'ANC-2026-0412',
      issueDate: today.minus({ days: 46 }).toISODate(),
      dueDate: today.minus({ days: 16 }).toISODate(),
      lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: 150000, vatRate: 20 }],
      alreadyPaidCents: 30000,
    });
    expect(imported.status).toBe(201);
    const id = imported.body.id as string;
    expect(imported.body).toMatchObject({
      number: 'ANC-2026-0412',
      balanceCents: 150000,
      status: { code: 'LATE', label: 'Retard 16 jours' },
    });

    const schedule = await eventually(
      async () => {
        const { body } = await adv.get(`/invoices/${id}/schedule`);
        return body.steps?.find((s: { key: string; state: string }) => s.key === 'D+15')?.state === 'DONE'
          ? body
          : undefined;
      },
      'the D+15 step to be done',
      90_000,
    );
    const states = Object.fromEntries(schedule.steps.map((s: { key: string; state: string }) => [s.key, s.state]));
    expect(schedule.policy).toMatchObject({ code: 'STANDARD', version: 1 });
    expect(states).toEqual({
      'D-7': 'SKIPPED',
      'D-3': 'SKIPPED',
      D0: 'SKIPPED',
      'D+3': 'SKIPPED',
      'D+7': 'SKIPPED',
      'D+15': 'DONE',
      'D+20': 'PENDING',
      'D+30': 'PENDING',
    });
    expect(schedule.steps.find((s: { key: string }) => s.key === 'D+3').reason).toMatch(/Rattrapage/);

    // maildev lists a mail only once it has parsed it, a moment after SMTP accepted it: wait for it, then count.
    await eventually(async () => (await mailsTo(customer.billingEmail)).length > 0, 'the D+15 email in maildev');
    const mails = await mailsTo(customer.billingEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('ANC-2026-0412');
    expect(mails[0].text).toMatch(/40,00/);
    const messages = (await adv.get(`/invoices/${id}/messages`)).body as Array<{
      channel: string;
      step: string;
      status: string;
      providerId: string;
    }>;
    const sms = messages.filter((m) => m.channel === 'SMS');
    expect(sms).toEqual([
      expect.objectContaining({ step: 'D+15', status: 'SENT', providerId: expect.stringMatching(/^SM/) }),
    ]);
    // Prism may write a request's log line after answering it: wait for the line, then count.
    await eventually(async () => smsRequestsFor(office.env.TWILIO_ACCOUNT_SID) > 0, 'the SMS request in the Prism log');
    expect(smsRequestsFor(office.env.TWILIO_ACCOUNT_SID)).toBe(1);

    const paid = await adv.post(`/invoices/${id}/payments`, {
      amountCents: 150000,
      paidAt: new Date().toISOString(),
      method: 'BANK_TRANSFER',
    });
    expect(paid.status).toBe(201);
    const closed = await eventually(async () => {
      const { body } = await adv.get(`/invoices/${id}/schedule`);
      return body.steps.every((s: { state: string }) => s.state !== 'PENDING') ? body : undefined;
    }, 'pending steps cancelled');
    expect(
      closed.steps.filter((s: { state: string }) => s.state === 'CANCELLED').map((s: { key: string }) => s.key),
    ).toEqual(['D+20', 'D+30']);
    await eventually(async () => (await mailsTo(customer.billingEmail)).length === 2, 'the receipt email');
    expect(smsRequestsFor(office.env.TWILIO_ACCOUNT_SID)).toBe(1);
  }, 240_000);
});
