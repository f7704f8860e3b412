// What happens to the STANDARD schedule when life happens: payments before each step, a partial payment,
// credit notes, a dispute, a promise to pay, and a late start (catch-up).
import { DateTime } from 'luxon';
import type { WorkflowHandle } from '@temporalio/client';
import {
  disputeUpdate,
  issueCreditNoteUpdate,
  promiseToPayUpdate,
  recordPaymentUpdate,
  resumeUpdate,
  type Actor,
} from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { DEFAULT_POLICIES } from '../../src/dunning/default-policies';
import { formatEuros } from '../../src/common/money';
import { centsOf } from '../../src/prisma/money-columns';
import { createTestbed, parisDate, type WorkflowTestbed } from './support';

const STANDARD_KEYS = DEFAULT_POLICIES.find((p) => p.code === 'STANDARD')!.steps.map((s) => s.key);

let bed: WorkflowTestbed;
let adv: Actor;

beforeAll(async () => {
  bed = await createTestbed('wf-events');
  adv = await bed.actor('adv');
});

afterAll(async () => {
  await bed?.close();
});

type Handle = WorkflowHandle<typeof invoiceLifecycleWorkflow>;

/** A STANDARD customer's invoice imported on a holiday-free Monday, due in 10 days (or already late with a negative offset). */
async function startStandard(dueInDays = 10): Promise<{ id: string; handle: Handle; email: string }> {
  const now = await bed.skipToHolidayFreeWeeks();
  const customerId = bed.demo.customers.STANDARD;
  const email = `compta-${Math.random().toString(36).slice(2, 8)}@client.test`;
  await bed.prisma.customer.update({ where: { id: customerId }, data: { billingEmail: email } });
  const invoice = await bed.createImported({
    customerId,
    createdById: bed.demo.users.sales.id,
    unitPriceCents: 100_000,
    issueDate: parisDate(now, Math.min(0, dueInDays - 30)),
    dueDate: parisDate(now, dueInDays),
  });
  const handle = await bed.start({ invoiceId: invoice.id, start: 'DUNNING' });
  return { id: invoice.id, handle, email };
}

async function steps(invoiceId: string): Promise<Record<string, string>> {
  const rows = await bed.prisma.dunningStep.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
  return Object.fromEntries(rows.map((r) => [r.stepKey, r.state]));
}

/** Sleeps on the test server's clock until `hoursBefore` hours before the step's planned instant (or after, if negative). */
async function sleepUntilStep(invoiceId: string, key: string, hoursBefore: number): Promise<void> {
  const row = await waitForPlan(invoiceId, key);
  await bed.skipTo(row.plannedAt.getTime() - hoursBefore * 3_600_000);
}

async function waitForPlan(invoiceId: string, key: string) {
  for (;;) {
    const row = await bed.prisma.dunningStep.findUnique({ where: { invoiceId_stepKey: { invoiceId, stepKey: key } } });
    if (row) {
      return row;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pay = (handle: Handle, amountCents: number, tag: string) =>
  handle.executeUpdate(recordPaymentUpdate, {
    args: [
      {
        actor: adv,
        requestId: `${handle.workflowId}:${tag}`,
        amountCents,
        paidAt: new Date().toISOString(),
        method: 'BANK_TRANSFER',
      },
    ],
  });

const balanceOf = async (id: string) =>
  centsOf((await bed.prisma.invoice.findUniqueOrThrow({ where: { id } })).balanceCents);

test.each(STANDARD_KEYS.map((key, index) => [key, index] as const))(
  'a payment arriving just before %s cancels it and everything after',
  (key, index) =>
    bed.withWorker(async () => {
      const { id, handle, email } = await startStandard();
      await sleepUntilStep(id, key, 2);
      await pay(handle, await balanceOf(id), 'full');
      expect(await handle.result()).toEqual({ outcome: 'PAID' });
      const expected = Object.fromEntries(STANDARD_KEYS.map((k, i) => [k, i < index ? 'DONE' : 'CANCELLED']));
      expect(await steps(id)).toEqual(expected);
      const messages = await bed.prisma.message.findMany({ where: { invoiceId: id } });
      expect(messages.filter((m) => STANDARD_KEYS.indexOf(m.step) >= index)).toEqual([]);
      expect(bed.mail.to(email).at(-1)?.subject).toMatch(/acquittée/i);
    }),
);

test('after a partial payment the next reminders ask for the remaining balance only', () =>
  bed.withWorker(async () => {
    const { id, handle, email } = await startStandard();
    await sleepUntilStep(id, 'D+3', -1);
    await pay(handle, 40_000, 'partial');
    await sleepUntilStep(id, 'D+7', -1);
    const remaining = formatEuros(120_000 - 40_000);
    const d7 = bed.mail.to(email).at(-1)!;
    expect(d7.text).toContain(remaining);
    expect(await steps(id)).toMatchObject({ 'D+3': 'DONE', 'D+7': 'DONE', 'D+15': 'PENDING' });
    await pay(handle, await balanceOf(id), 'rest');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));

test('a full credit note ends dunning without a receipt; a partial one only lowers the balance', () =>
  bed.withWorker(async () => {
    const { id, handle } = await startStandard();
    const line = await bed.prisma.invoiceLine.findFirstOrThrow({ where: { invoiceId: id } });
    await sleepUntilStep(id, 'D+3', -1);
    const partial = await handle.executeUpdate(issueCreditNoteUpdate, {
      args: [
        {
          actor: adv,
          requestId: `${id}:cn1`,
          reason: 'Geste commercial',
          full: false,
          lines: [{ invoiceLineId: line.id, quantityMilli: 250 }],
        },
      ],
    });
    expect(partial).toMatchObject({
      number: expect.stringMatching(/^AV-\d{4}-\d{3}$/),
      totalInclTaxCents: 30_000,
      balanceCents: 90_000,
    });
    await sleepUntilStep(id, 'D+7', -1);
    expect(await steps(id)).toMatchObject({ 'D+7': 'DONE' });
    await handle.executeUpdate(issueCreditNoteUpdate, {
      args: [{ actor: adv, requestId: `${id}:cn2`, reason: 'Annulation', full: true, lines: [] }],
    });
    expect(await handle.result()).toEqual({ outcome: 'CREDITED' });
    expect(await steps(id)).toMatchObject({ 'D+15': 'CANCELLED', 'D+30': 'CANCELLED' });
    expect(await bed.prisma.document.count({ where: { invoiceId: id, kind: 'RECEIPT' } })).toBe(0);
    expect(await bed.prisma.creditNote.count({ where: { invoiceId: id } })).toBe(2);
  }));

test('a dispute pauses dunning; on resume only the latest step due is caught up', () =>
  bed.withWorker(async () => {
    const { id, handle } = await startStandard();
    await sleepUntilStep(id, 'D+3', -1);
    await handle.executeUpdate(disputeUpdate, { args: [{ actor: adv, reason: 'Livraison contestée' }] });
    await sleepUntilStep(id, 'D+15', -26);
    expect(await steps(id)).toMatchObject({ 'D+3': 'DONE', 'D+7': 'PENDING', 'D+15': 'PENDING' });
    expect(await bed.prisma.message.count({ where: { invoiceId: id, step: { in: ['D+7', 'D+15'] } } })).toBe(0);
    await handle.executeUpdate(resumeUpdate, { args: [{ actor: adv }] });
    // Resumed on D+16 late morning; if that is a weekend or a holiday the step waits for the next opening.
    await bed.env.sleep('3 days');
    expect(await steps(id)).toMatchObject({ 'D+7': 'SKIPPED', 'D+15': 'DONE', 'D+20': 'PENDING' });
    await pay(handle, await balanceOf(id), 'after-dispute');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));

test('a promise to pay pauses dunning until the promised day, then resumes with the step not yet done', () =>
  bed.withWorker(async () => {
    const { id, handle } = await startStandard();
    await sleepUntilStep(id, 'D+3', -1);
    const due = (await bed.prisma.invoice.findUniqueOrThrow({ where: { id } })).dueDate!;
    const promised = DateTime.fromJSDate(due).plus({ days: 10 }).toISODate()!;
    await handle.executeUpdate(promiseToPayUpdate, { args: [{ actor: adv, date: promised }] });
    await sleepUntilStep(id, 'D+7', -48);
    expect(await steps(id)).toMatchObject({ 'D+7': 'PENDING' });
    await sleepUntilStep(id, 'D+15', 24);
    const d7 = await bed.prisma.dunningStep.findUniqueOrThrow({
      where: { invoiceId_stepKey: { invoiceId: id, stepKey: 'D+7' } },
    });
    expect(d7.state).toBe('DONE');
    expect(DateTime.fromJSDate(d7.executedAt!, { zone: 'Europe/Paris' }).toISODate()! > promised).toBe(true);
    expect(await steps(id)).toMatchObject({ 'D+15': 'PENDING' });
    await pay(handle, await balanceOf(id), 'after-promise');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));

test('an invoice that starts dunning 16 days late runs only D+15 and records the missed steps as skipped', () =>
  bed.withWorker(async () => {
    const { id, handle } = await startStandard(-16);
    await bed.env.sleep('1 day');
    expect(await steps(id)).toEqual({
      'D-7': 'SKIPPED',
      'D-3': 'SKIPPED',
      D0: 'SKIPPED',
      'D+3': 'SKIPPED',
      'D+7': 'SKIPPED',
      'D+15': 'DONE',
      'D+20': 'PENDING',
      'D+30': 'PENDING',
    });
    const skipped = await bed.prisma.dunningStep.findMany({ where: { invoiceId: id, state: 'SKIPPED' } });
    for (const step of skipped) {
      expect(step.reason).toMatch(/Rattrapage/);
    }
    expect(await bed.prisma.message.count({ where: { invoiceId: id, step: { not: 'D+15' } } })).toBe(0);
    await pay(handle, await balanceOf(id), 'late');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));
