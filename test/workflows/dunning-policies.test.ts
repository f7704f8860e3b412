// Each seeded policy run for real on skipped time: every step at its planned instant, each action done once,
// penalties only where the policy says so; then a payment ends it with the receipt.
import { DateTime } from 'luxon';
import { recordPaymentUpdate, type Actor } from '../../workflows/invoice.contract';
import { DEFAULT_POLICIES } from '../../src/dunning/default-policies';
import type { DunningStepDefinition } from '../../src/dunning/policy';
import { eventually } from '../support/eventually';
import { centsOf } from '../../src/prisma/money-columns';
import { createTestbed, parisDate, type WorkflowTestbed } from './support';

let bed: WorkflowTestbed;
let adv: Actor;

beforeAll(async () => {
  bed = await createTestbed('wf-policies');
  adv = await bed.actor('adv');
});

afterAll(async () => {
  await bed?.close();
});

test.each(DEFAULT_POLICIES.map((p) => [p.code, p.steps] as const))(
  'policy %s runs every step once, at its instant',
  (code, steps) =>
    bed.withWorker(async () => {
      const customerId = bed.demo.customers[code];
      const customer = await bed.prisma.customer.findUniqueOrThrow({ where: { id: customerId } });
      const now = await bed.skipToHolidayFreeWeeks();
      const invoice = await bed.createImported({
        customerId,
        createdById: bed.demo.users.sales.id,
        unitPriceCents: 250_000,
        issueDate: parisDate(now, 0),
        dueDate: parisDate(now, 10),
      });
      const handle = await bed.start({ invoiceId: invoice.id, start: 'DUNNING' });
      const last = steps[steps.length - 1];
      await bed.env.sleep(`${10 + last.offsetDays + 5} days`);

      const rows = await bed.prisma.dunningStep.findMany({
        where: { invoiceId: invoice.id },
        orderBy: { position: 'asc' },
      });
      expect(rows.map((r) => [r.stepKey, r.state])).toEqual(steps.map((s) => [s.key, 'DONE']));
      // Executed at the planned instant (plus the few real seconds the actions took on the test server's clock).
      for (const row of rows) {
        expect(Math.abs(row.executedAt!.getTime() - row.plannedAt.getTime())).toBeLessThan(60_000);
      }
      const plannedHours = rows.map((r) =>
        DateTime.fromJSDate(r.plannedAt, { zone: 'Europe/Paris' }).toFormat('HH:mm ccc'),
      );
      for (const hour of plannedHours) {
        expect(hour).toMatch(/^09:00 (Mon|Tue|Wed|Thu|Fri)$/);
      }

      const messages = await bed.prisma.message.findMany({ where: { invoiceId: invoice.id } });
      for (const step of steps) {
        expectActionsDone(
          step,
          messages.filter((m) => m.step === step.key),
          customer.billingEmail,
        );
      }
      const emails = bed.mail.to(customer.billingEmail);
      expect(emails).toHaveLength(
        steps.flatMap((s) => s.actions).filter((a) => a.type === 'EMAIL' || a.type === 'FORMAL_NOTICE').length,
      );
      const penaltySteps = steps.filter((s) => s.flags.mentionPenalties).map((s) => s.key);
      const customerEmails = messages.filter((m) => m.channel === 'EMAIL' && m.recipient === customer.billingEmail);
      for (const message of customerEmails.filter((m) => penaltySteps.includes(m.step))) {
        expect(message.body).toMatch(/indemnité forfaitaire/);
        expect(message.body).toMatch(/40,00\s€/);
      }
      if (code === 'VIP') {
        for (const message of customerEmails) {
          expect(message.body).not.toMatch(/pénalité|indemnité/i);
        }
      }
      const tasks = await bed.prisma.task.findMany({ where: { invoiceId: invoice.id, parentTaskId: null } });
      expect(tasks.map((t) => t.type).sort()).toEqual(
        steps
          .flatMap((s) => s.actions)
          .flatMap(
            (a) =>
              ({ CALL_TASK: ['CALL'], ESCALATION: ['ESCALATION'], FORMAL_NOTICE: ['POST_FORMAL_NOTICE'] })[
                a.type as string
              ] ?? [],
          )
          .sort(),
      );
      const claimed = await bed.prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
      expect(Boolean(claimed.recoveryIndemnityClaimedAt)).toBe(penaltySteps.length > 0);

      const balance = centsOf(claimed.balanceCents);
      await handle.executeUpdate(recordPaymentUpdate, {
        args: [
          {
            actor: adv,
            requestId: `pay-${invoice.id}`,
            amountCents: balance,
            paidAt: new Date(await bed.env.currentTimeMs()).toISOString(),
            method: 'BANK_TRANSFER',
          },
        ],
      });
      expect(await handle.result()).toEqual({ outcome: 'PAID' });
      await eventually(
        async () => (await bed.prisma.document.count({ where: { invoiceId: invoice.id, kind: 'RECEIPT' } })) === 1,
        'the receipt',
      );
      expect(await bed.prisma.task.count({ where: { invoiceId: invoice.id, status: 'OPEN' } })).toBe(0);
    }),
);

function expectActionsDone(
  step: DunningStepDefinition,
  messages: Array<{ channel: string; recipient: string }>,
  billingEmail: string,
): void {
  const count = (type: string) => step.actions.filter((a) => a.type === type).length;
  const toCustomer = messages.filter((m) => m.channel === 'EMAIL' && m.recipient === billingEmail).length;
  expect({
    step: step.key,
    emails: toCustomer,
    sms: messages.filter((m) => m.channel === 'SMS').length,
    letters: messages.filter((m) => m.channel === 'LETTER').length,
  }).toEqual({
    step: step.key,
    emails: count('EMAIL') + count('FORMAL_NOTICE'),
    sms: count('SMS'),
    letters: count('FORMAL_NOTICE'),
  });
  expect(messages.filter((m) => m.channel === 'INTERNAL')).toHaveLength(count('INTERNAL_NOTIFICATION'));
}
