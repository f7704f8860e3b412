// The portal's updates on the time-skipping server: a declared payment pauses the STANDARD schedule like a promise to
// pay and opens an ADV task; a customer dispute stops dunning; the validators refuse what the invoice cannot take.
import crypto from 'node:crypto';
import { DateTime } from 'luxon';
import type { WorkflowHandle } from '@temporalio/client';
import { CUSTOMER_ACTOR_ROLE, recordPaymentUpdate, type Actor } from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { customerDisputeUpdate, declarePaymentUpdate, requestPaymentPlanUpdate } from '../../workflows/portal.contract';
import { centsOf } from '../../src/prisma/money-columns';
import { eventually } from '../support/back-office';
import { createTestbed, parisDate, type WorkflowTestbed } from './support';

type Handle = WorkflowHandle<typeof invoiceLifecycleWorkflow>;

let bed: WorkflowTestbed;
let adv: Actor;
const client: Actor = { userId: 'customer:portal-test', role: CUSTOMER_ACTOR_ROLE, name: 'client' };
const origin = { ip: '203.0.113.7', userAgent: 'jest' };

beforeAll(async () => {
  bed = await createTestbed('wf-portal');
  const user = await bed.prisma.user.findUniqueOrThrow({ where: { id: bed.demo.users.adv.id } });
  adv = { userId: user.id, role: user.role, name: user.fullName };
});

afterAll(async () => {
  await bed?.close();
});

async function startStandard(dueInDays: number): Promise<{ id: string; handle: Handle }> {
  const now = await bed.skipToHolidayFreeWeeks();
  const invoice = await bed.createImported({
    customerId: bed.demo.customers.STANDARD,
    createdById: bed.demo.users.sales.id,
    unitPriceCents: 100_000,
    issueDate: parisDate(now, dueInDays - 30),
    dueDate: parisDate(now, dueInDays),
  });
  return { id: invoice.id, handle: await bed.start({ invoiceId: invoice.id, start: 'DUNNING' }) };
}

async function stepOf(invoiceId: string, stepKey: string) {
  for (;;) {
    const row = await bed.prisma.dunningStep.findUnique({ where: { invoiceId_stepKey: { invoiceId, stepKey } } });
    if (row) {
      return row;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const endOfPause = (date: string): Date =>
  DateTime.fromISO(date, { zone: 'Europe/Paris' }).plus({ days: 1 }).toJSDate();
const balanceOf = async (id: string) =>
  centsOf((await bed.prisma.invoice.findUniqueOrThrow({ where: { id } })).balanceCents);
const payAll = async (handle: Handle, id: string) =>
  handle.executeUpdate(recordPaymentUpdate, {
    args: [
      {
        actor: adv,
        requestId: `${handle.workflowId}:all`,
        amountCents: await balanceOf(id),
        paidAt: new Date().toISOString(),
        method: 'BANK_TRANSFER',
      },
    ],
  });

test('a payment declared in the portal pauses the reminders until the pause ends, opens an ADV task and is audited as "client" with the IP', () =>
  bed.withWorker(async () => {
    const { id, handle } = await startStandard(2);
    const d3 = await stepOf(id, 'D+3');
    const pauseUntil = DateTime.fromJSDate(d3.plannedAt, { zone: 'Europe/Paris' }).plus({ days: 2 }).toISODate()!;
    const requestId = crypto.randomUUID();
    const declaration = {
      actor: client,
      requestId,
      origin,
      paidOn: parisDate(await bed.env.currentTimeMs(), 0),
      amountCents: 50_000,
      method: 'BANK_TRANSFER' as const,
      pauseUntil,
    };
    const state = await handle.executeUpdate(declarePaymentUpdate, {
      args: [declaration],
      updateId: `declare:${requestId}`,
    });
    expect(state.promisedUntil).toBe(pauseUntil);
    expect(
      await handle.executeUpdate(declarePaymentUpdate, { args: [declaration], updateId: `declare:${requestId}` }),
    ).toMatchObject({ promisedUntil: pauseUntil });

    await bed.skipTo(d3.plannedAt.getTime() + 3_600_000);
    expect((await stepOf(id, 'D+3')).state).toBe('PENDING');
    const declaredAt = await bed.env.currentTimeMs();
    await bed.skipTo(DateTime.fromISO(pauseUntil, { zone: 'Europe/Paris' }).plus({ days: 1, hours: 12 }).toMillis());
    await eventually(
      async () =>
        (await bed.prisma.dunningStep.count({
          where: { invoiceId: id, state: 'DONE', executedAt: { gt: endOfPause(pauseUntil) } },
        })) > 0,
      'a reminder after the pause',
    );
    expect(
      await bed.prisma.dunningStep.count({
        where: { invoiceId: id, executedAt: { gt: new Date(declaredAt), lte: endOfPause(pauseUntil) } },
      }),
    ).toBe(0);

    const tasks = await bed.prisma.task.findMany({ where: { invoiceId: id, type: 'CUSTOMER_PAYMENT_CHECK' } });
    expect(tasks).toHaveLength(1);
    const events = await bed.prisma.auditEvent.findMany({
      where: { invoiceId: id, action: 'portal.payment-declared' },
    });
    expect(events).toEqual([
      expect.objectContaining({ actorLabel: 'client', actorId: 'customer:portal-test', ip: '203.0.113.7' }),
    ]);
    expect(await payAll(handle, id)).toMatchObject({ balanceCents: 0 });
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));

test('the portal validators refuse an amount above the balance, a plan that does not add up and a second dispute', () =>
  bed.withWorker(async () => {
    const { id, handle } = await startStandard(-16);
    await stepOf(id, 'D+15');
    const base = { actor: client, origin, requestId: crypto.randomUUID() };
    const balance = await balanceOf(id);
    await expect(
      handle.executeUpdate(declarePaymentUpdate, {
        args: [{ ...base, paidOn: '2026-01-01', amountCents: balance + 1, method: 'CHECK', pauseUntil: '2099-01-01' }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'Unprocessable' } });
    await expect(
      handle.executeUpdate(requestPaymentPlanUpdate, {
        args: [{ ...base, installments: [{ dueDate: '2099-01-01', amountCents: balance - 1 }] }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'Unprocessable' } });
    const disputed = await handle.executeUpdate(customerDisputeUpdate, {
      args: [{ ...base, reason: 'Prestation non réalisée' }],
    });
    expect(disputed.disputed).toBe(true);
    await expect(
      handle.executeUpdate(customerDisputeUpdate, {
        args: [{ ...base, requestId: crypto.randomUUID(), reason: 'Encore' }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'IllegalTransition' } });
    expect(
      await bed.prisma.task.count({
        where: { invoiceId: id, type: { in: ['CUSTOMER_PAYMENT_CHECK', 'CUSTOMER_PLAN_REQUEST'] } },
      }),
    ).toBe(0);
    expect(await bed.prisma.task.count({ where: { invoiceId: id, type: 'CUSTOMER_DISPUTE' } })).toBe(1);
    await payAll(handle, id);
    expect(await handle.result()).toEqual({ outcome: 'PAID' });
  }));
