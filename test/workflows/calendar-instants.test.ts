// The STANDARD schedule fires at exact UTC instants across a DST switch, a weekend and public holidays:
// each step is planned at 09:00 Paris on a business day (pre-due steps move back, later ones forward), and its
// actions run at that instant on the test server's clock: never earlier, and only the few real seconds of work later.
import type { WorkflowHandle } from '@temporalio/client';
import { recordPaymentUpdate, stateQuery, type Actor } from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { DEFAULT_POLICIES } from '../../src/dunning/default-policies';
import { eventually } from '../support/eventually';
import { centsOf } from '../../src/prisma/money-columns';
import { createTestbed, type ActivityCall, type WorkflowTestbed } from './support';

type Handle = WorkflowHandle<typeof invoiceLifecycleWorkflow>;
type ActionCall = ActivityCall & { input: { stepKey: string; at: string; action: { type: string } } };

const STANDARD = DEFAULT_POLICIES.find((p) => p.code === 'STANDARD')!;
/** Real work between the timer firing and an action (DB, fake providers) takes seconds of test-server time, never a minute. */
const SLACK_MS = 60_000;
const MINUTE_MS = 60_000;

let bed: WorkflowTestbed;
let adv: Actor;

beforeAll(async () => {
  bed = await createTestbed('wf-calendar');
  adv = await bed.actor('adv');
});

afterAll(async () => {
  await bed?.close();
});

// The time-skipping server starts at today's real time; each test first skips its clock forward to a fixed day of 2030,
// so the expected instants below are literal calendar facts, whatever the day the suite runs.
const skipTo = (iso: string) => bed.skipTo(Date.parse(iso));

async function importStandardInvoice(
  issueDate: string,
  dueDate: string,
): Promise<{ id: string; handle: Handle; email: string }> {
  const customerId = bed.demo.customers.STANDARD;
  const email = `compta-cal-${dueDate}@client.test`;
  await bed.prisma.customer.update({ where: { id: customerId }, data: { billingEmail: email } });
  const invoice = await bed.createImported({
    customerId,
    createdById: bed.demo.users.sales.id,
    unitPriceCents: 100_000,
    issueDate,
    dueDate,
  });
  return { id: invoice.id, handle: await bed.start({ invoiceId: invoice.id, start: 'DUNNING' }), email };
}

async function plannedInstants(invoiceId: string): Promise<Record<string, string>> {
  const rows = await eventually(async () => {
    const found = await bed.prisma.dunningStep.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
    return found.length === STANDARD.steps.length ? found : undefined;
  }, 'the dunning plan');
  return Object.fromEntries(rows.map((r) => [r.stepKey, r.plannedAt.toISOString()]));
}

const actionCalls = (invoiceId: string, key: string): ActionCall[] =>
  bed.activityCalls.filter(
    (c): c is ActionCall =>
      c.type === 'performDunningAction' &&
      (c.input as { invoiceId: string }).invoiceId === invoiceId &&
      (c.input as { stepKey: string }).stepKey === key,
  );

function expectOnTime(instantMs: number, plannedIso: string): void {
  const planned = Date.parse(plannedIso);
  expect(instantMs).toBeGreaterThanOrEqual(planned);
  expect(instantMs).toBeLessThan(planned + SLACK_MS);
}

/** Walks the schedule step by step: a minute before each instant nothing ran and the workflow waits for it; after it, its actions ran on time. */
async function expectStepsFireAt(
  invoice: { id: string; handle: Handle; email: string },
  expected: Record<string, string>,
): Promise<void> {
  for (const step of STANDARD.steps) {
    const planned = expected[step.key];
    await skipTo(new Date(Date.parse(planned) - MINUTE_MS).toISOString());
    expect({ step: step.key, next: (await invoice.handle.query(stateQuery)).dunning?.nextStep }).toEqual({
      step: step.key,
      next: { key: step.key, at: planned },
    });
    expect(actionCalls(invoice.id, step.key)).toEqual([]);
    const mailsBefore = bed.mail.to(invoice.email).length;

    await skipTo(new Date(Date.parse(planned) + SLACK_MS).toISOString());
    const row = await eventually(async () => {
      const found = await bed.prisma.dunningStep.findUniqueOrThrow({
        where: { invoiceId_stepKey: { invoiceId: invoice.id, stepKey: step.key } },
      });
      return found.state === 'DONE' ? found : undefined;
    }, `step ${step.key} done`);
    const calls = actionCalls(invoice.id, step.key);
    expect(calls.map((c) => c.input.action.type)).toEqual(step.actions.map((a) => a.type));
    for (const call of calls) {
      expectOnTime(Date.parse(call.input.at), planned);
      expectOnTime(call.scheduledAtMs, planned);
    }
    expectOnTime(row.executedAt!.getTime(), planned);
    const customerMails = step.actions.filter((a) => a.type === 'EMAIL' || a.type === 'FORMAL_NOTICE').length;
    expect({ step: step.key, mails: bed.mail.to(invoice.email).length - mailsBefore }).toEqual({
      step: step.key,
      mails: customerMails,
    });
  }
}

async function payInFull(invoice: { id: string; handle: Handle }): Promise<void> {
  const { balanceCents } = await bed.prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
  const paidAt = new Date(await bed.env.currentTimeMs()).toISOString();
  await invoice.handle.executeUpdate(recordPaymentUpdate, {
    args: [
      {
        actor: adv,
        requestId: `pay-${invoice.id}`,
        amountCents: centsOf(balanceCents),
        paidAt,
        method: 'BANK_TRANSFER',
      },
    ],
  });
  // Polled, not awaited with result(): awaiting a result lets the test server skip time, and the next test wants its clock still in 2030.
  await eventually(
    async () => (await invoice.handle.describe()).status.name === 'COMPLETED',
    'the workflow closed as paid',
  );
  expect(await bed.prisma.document.count({ where: { invoiceId: invoice.id, kind: 'RECEIPT' } })).toBe(1);
}

test('due Wednesday 2030-03-27: D-3 moves back to Friday, D+3 forward to Monday, and from D+3 on 09:00 Paris is 07:00Z (DST on 03-31)', () =>
  bed.withWorker(async () => {
    // 2030-03-24 (D-3) is a Sunday, 2030-03-30 (D+3) a Saturday; summer time starts on Sunday 2030-03-31.
    const expected = {
      'D-7': '2030-03-20T08:00:00.000Z',
      'D-3': '2030-03-22T08:00:00.000Z',
      D0: '2030-03-27T08:00:00.000Z',
      'D+3': '2030-04-01T07:00:00.000Z',
      'D+7': '2030-04-03T07:00:00.000Z',
      'D+15': '2030-04-11T07:00:00.000Z',
      'D+20': '2030-04-16T07:00:00.000Z',
      'D+30': '2030-04-26T07:00:00.000Z',
    };
    await skipTo('2030-03-10T10:00:00.000Z');
    const invoice = await importStandardInvoice('2030-02-25', '2030-03-27');
    expect(await plannedInstants(invoice.id)).toEqual(expected);
    await expectStepsFireAt(invoice, expected);
    await payInFull(invoice);
  }));

test('due Sunday 2030-12-22: D0 waits for Monday, D+3 skips Christmas Day to Thursday 26th, D+15 lands after New Year', () =>
  bed.withWorker(async () => {
    // D-7 = Sunday 15th → Friday 13th; D+3 = Wednesday 25th (Noël) → 26th; D+7 = Sunday 29th → Monday 30th;
    // D+20 = Saturday 2031-01-11 → Monday 13th; winter time all along (09:00 Paris = 08:00Z).
    const expected = {
      'D-7': '2030-12-13T08:00:00.000Z',
      'D-3': '2030-12-19T08:00:00.000Z',
      D0: '2030-12-23T08:00:00.000Z',
      'D+3': '2030-12-26T08:00:00.000Z',
      'D+7': '2030-12-30T08:00:00.000Z',
      'D+15': '2031-01-06T08:00:00.000Z',
      'D+20': '2031-01-13T08:00:00.000Z',
      'D+30': '2031-01-21T08:00:00.000Z',
    };
    await skipTo('2030-12-01T10:00:00.000Z');
    const invoice = await importStandardInvoice('2030-11-22', '2030-12-22');
    expect(await plannedInstants(invoice.id)).toEqual(expected);
    await expectStepsFireAt(invoice, expected);
    await payInFull(invoice);
  }));
