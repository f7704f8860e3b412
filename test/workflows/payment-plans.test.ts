// Payment plans on the STANDARD schedule: the plan pauses the policy's dunning, each installment is reminded once,
// payments go to the installments in order, and a missed one notifies the manager who granted it, then either
// resumes dunning on the overdue amount or (company setting) cancels the plan.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import {
  cancelPaymentPlanUpdate,
  grantPaymentPlanUpdate,
  recordPaymentUpdate,
  stateQuery,
  type Actor,
} from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { formatEuros } from '../../src/common/money';
import { createTestbed, parisDate, type WorkflowTestbed } from './support';

let bed: WorkflowTestbed;
let manager: Actor;
let adv: Actor;

const actorOf = async (id: string): Promise<Actor> => {
  const user = await bed.prisma.user.findUniqueOrThrow({ where: { id } });
  return { userId: user.id, role: user.role, name: user.fullName };
};

beforeAll(async () => {
  bed = await createTestbed('wf-plans');
  manager = await actorOf(bed.demo.users.manager.id);
  adv = await actorOf(bed.demo.users.adv.id);
});

afterAll(async () => {
  await bed?.close();
});

type Handle = WorkflowHandle<typeof invoiceLifecycleWorkflow>;
const DAY = 86_400_000;

/** A STANDARD customer's invoice of 1 200,00 € TTC imported on a holiday-free Monday, due in 10 days, its dunning planned. */
async function startStandard(): Promise<{ id: string; handle: Handle; email: string; now: number }> {
  const now = await bed.skipToHolidayFreeWeeks();
  const customerId = bed.demo.customers.STANDARD;
  const email = `compta-${Math.random().toString(36).slice(2, 8)}@client.test`;
  await bed.prisma.customer.update({ where: { id: customerId }, data: { billingEmail: email } });
  const invoice = await bed.createImported({
    customerId,
    createdById: bed.demo.users.sales.id,
    unitPriceCents: 100_000,
    issueDate: parisDate(now, -20),
    dueDate: parisDate(now, 10),
  });
  const handle = await bed.start({ invoiceId: invoice.id, start: 'DUNNING' });
  while ((await bed.prisma.dunningStep.count({ where: { invoiceId: invoice.id } })) === 0) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return { id: invoice.id, handle, email, now };
}

const grant = (handle: Handle, now: number, days: [number, number], tag = 'plan') =>
  handle.executeUpdate(grantPaymentPlanUpdate, {
    args: [
      {
        actor: manager,
        requestId: `${handle.workflowId}:${tag}`,
        reason: 'Trésorerie tendue',
        installments: days.map((d) => ({ dueDate: parisDate(now, d), amountCents: 60_000 })),
      },
    ],
  });

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

async function stepStates(invoiceId: string): Promise<Record<string, string>> {
  const rows = await bed.prisma.dunningStep.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
  return Object.fromEntries(rows.map((r) => [r.stepKey, r.state]));
}

const planMessages = (invoiceId: string, position: number) =>
  bed.prisma.message.count({ where: { invoiceId, step: `plan-${position}` } });
const missedTasks = (invoiceId: string) =>
  bed.prisma.task.findMany({ where: { invoiceId, type: 'PAYMENT_PLAN_MISSED' } });
const plan = (invoiceId: string) =>
  bed.prisma.paymentPlan.findFirstOrThrow({
    where: { invoiceId },
    include: { installments: { orderBy: { position: 'asc' } } },
  });

async function refusalType(update: Promise<unknown>): Promise<string | undefined> {
  const error = await update.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((error as WorkflowUpdateFailedError).cause as { type?: string } | undefined)?.type;
}

test('a plan pauses dunning, reminds each installment once and takes payments in installment order until the receipt', () =>
  bed.withWorker(async () => {
    const { id, handle, email, now } = await startStandard();
    expect((await grant(handle, now, [9, 23])).paymentPlan?.installments).toHaveLength(2);
    expect(await refusalType(grant(handle, now, [9, 30], 'again'))).toBe('IllegalTransition');
    // Installment 1 due on day 9 (reminded D-3 on an allowed day), installment 2 on day 23; the invoice itself falls due on day 10.
    await bed.skipTo(now + 5 * DAY);
    expect(await planMessages(id, 1)).toBe(1);
    expect(bed.mail.to(email).at(-1)?.subject).toMatch(/échéance 1\/2/);
    await pay(handle, 20_000, 'part');
    expect((await handle.query(stateQuery)).paymentPlan).toMatchObject({ allocatedCents: 20_000 });
    await pay(handle, 40_000, 'first');
    await bed.skipTo(now + 19 * DAY);
    expect(await planMessages(id, 1)).toBe(1);
    expect(await planMessages(id, 2)).toBe(1);
    expect(await missedTasks(id)).toEqual([]);
    expect(Object.values(await stepStates(id)).every((state) => state === 'PENDING')).toBe(true);
    await pay(handle, 60_000, 'second');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
    expect(await plan(id)).toMatchObject({ status: 'COMPLETED' });
    expect(Object.values(await stepStates(id))).not.toContain('DONE');
    expect(bed.mail.to(email).at(-1)?.subject).toMatch(/acquittée/i);
  }));

test('a missed installment gives its granter a task and resumes dunning on the overdue amount; paying it pauses dunning again', () =>
  bed.withWorker(async () => {
    const { id, handle, email, now } = await startStandard();
    await grant(handle, now, [12, 40]);
    // Installment 1 falls due on day 12 (a Saturday): missed from D+3, day 15, at the send hour.
    await bed.skipTo(now + 14 * DAY);
    expect(await missedTasks(id)).toEqual([]);
    expect(await stepStates(id)).toMatchObject({ 'D+3': 'PENDING' });
    await bed.skipTo(now + 16 * DAY);
    expect(await missedTasks(id)).toMatchObject([{ assigneeId: manager.userId, status: 'OPEN' }]);
    expect((await plan(id)).installments[0].missedAt).not.toBeNull();
    expect(await stepStates(id)).toMatchObject({ 'D-7': 'SKIPPED', 'D+3': 'DONE', 'D+7': 'PENDING' });
    const d3 = bed.mail.to(email).at(-1)!;
    expect(d3.text).toContain(`Reste à régler : ${formatEuros(60_000)}`);
    await pay(handle, 60_000, 'overdue');
    await bed.skipTo(now + 19 * DAY);
    expect(await stepStates(id)).toMatchObject({ 'D+7': 'PENDING' });
    expect(await plan(id)).toMatchObject({ status: 'ACTIVE' });
    await pay(handle, 60_000, 'rest');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));

test('with the cancel-plan setting a missed installment cancels the plan and dunning resumes on the whole balance', () =>
  bed.withWorker(async () => {
    await bed.prisma.company.update({
      where: { id: bed.demo.companyId },
      data: { paymentPlanSettings: { onMissed: 'CANCEL_PLAN' } },
    });
    try {
      const { id, handle, email, now } = await startStandard();
      await grant(handle, now, [12, 40]);
      await bed.skipTo(now + 16 * DAY);
      expect(await plan(id)).toMatchObject({ status: 'CANCELLED', endReason: 'Échéance 1 non réglée' });
      expect(await missedTasks(id)).toMatchObject([{ assigneeId: manager.userId }]);
      expect((await handle.query(stateQuery)).paymentPlan).toBeUndefined();
      expect(await stepStates(id)).toMatchObject({ 'D+3': 'DONE' });
      expect(bed.mail.to(email).at(-1)!.text).toContain(`Reste à régler : ${formatEuros(120_000)}`);
      await pay(handle, 120_000, 'all');
      expect(await handle.result()).toEqual({ outcome: 'PAID' });
    } finally {
      await bed.prisma.company.update({ where: { id: bed.demo.companyId }, data: { paymentPlanSettings: {} } });
    }
  }));

test('the workflow refuses a plan that does not sum to the balance, and cancelling gives dunning back', () =>
  bed.withWorker(async () => {
    const { id, handle, now } = await startStandard();
    const short = handle.executeUpdate(grantPaymentPlanUpdate, {
      args: [
        {
          actor: manager,
          requestId: `${id}:short`,
          reason: 'x',
          installments: [
            { dueDate: parisDate(now, 9), amountCents: 50_000 },
            { dueDate: parisDate(now, 20), amountCents: 50_000 },
          ],
        },
      ],
    });
    expect(await refusalType(short)).toBe('Unprocessable');
    expect(
      await refusalType(
        handle.executeUpdate(cancelPaymentPlanUpdate, {
          args: [{ actor: manager, requestId: `${id}:c0`, reason: 'x' }],
        }),
      ),
    ).toBe('IllegalTransition');
    await grant(handle, now, [12, 40]);
    await bed.skipTo(now + 8 * DAY);
    expect(await stepStates(id)).toMatchObject({ 'D-7': 'PENDING', 'D-3': 'PENDING' });
    await handle.executeUpdate(cancelPaymentPlanUpdate, {
      args: [{ actor: manager, requestId: `${id}:c1`, reason: 'Le client préfère payer en une fois' }],
    });
    await bed.skipTo(now + 9 * DAY);
    expect(await stepStates(id)).toMatchObject({ 'D-7': 'SKIPPED', 'D-3': 'DONE' });
    expect(await plan(id)).toMatchObject({ status: 'CANCELLED', endReason: 'Le client préfère payer en une fois' });
    await pay(handle, 120_000, 'all');
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));
