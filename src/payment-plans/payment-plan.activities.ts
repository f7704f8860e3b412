import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { formatEuros } from '../common/money';
import { isoDate } from '../common/calendar-date';
import { dunningSettingsOf } from '../companies/company-settings';
import { addBusinessDays, plannedStepInstant } from '../dunning/calendar';
import { formatFrenchDate } from '../messages/format';
import type { InstallmentMessageVariables } from '../messages/message-variables';
import { loadInvoiceContext, type InvoiceContext } from '../outreach/invoice-context';
import { dunningVariables } from '../outreach/invoice-message-variables';
import { OutreachService } from '../outreach/outreach.service';
import { PrismaService } from '../prisma/prisma.service';
import { TaskRepository } from '../tasks/task.repository';
import { withHeartbeat } from '../temporal/heartbeat';
import type {
  CreatedTask,
  PaymentPlanActivities as Contract,
  ScheduledPlan,
} from '../../workflows/activities.contract';
import { paymentPlanSettingsOf } from './payment-plan-settings';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PaymentPlanRepository, type StoredPlan } from './payment-plan.repository';
import { planLateFromDay, toPaymentPlanView } from './payment-plan-view';

type Input<K extends keyof Contract> = Parameters<Contract[K]>[0];

const TASK_DUE_BUSINESS_DAYS = 2;

/** The plan's doors to the world: its rows, the customer's installment reminders and the owner's task when one is missed. */
@Injectable()
export class PaymentPlanActivities implements Contract {
  constructor(
    private readonly prisma: PrismaService,
    private readonly plans: PaymentPlanRepository,
    private readonly invoices: InvoiceRepository,
    private readonly outreach: OutreachService,
    private readonly tasks: TaskRepository,
    private readonly audit: AuditService,
  ) {}

  async recordPaymentPlan(input: Input<'recordPaymentPlan'>): Promise<ScheduledPlan> {
    const invoice = await this.prisma.invoice.findUniqueOrThrow({
      where: { id: input.invoiceId },
      include: { company: true },
    });
    const settings = paymentPlanSettingsOf(invoice.company);
    const calendar = dunningSettingsOf(invoice.company);
    const at = Date.parse(input.at);
    const plan = await this.plans.createOnce({
      companyId: invoice.companyId,
      invoiceId: invoice.id,
      requestId: input.requestId,
      reason: input.reason,
      grantedById: input.actor.userId,
      grantedByName: input.actor.name,
      coveredAtGrantCents: input.coveredAtGrantCents,
      onMissed: settings.onMissed,
      installments: input.installments.map((i, index) => {
        const remindAt = plannedStepInstant(i.dueDate, -settings.reminderDaysBefore, calendar);
        return {
          position: index + 1,
          dueDate: new Date(i.dueDate),
          amountCents: i.amountCents,
          remindAt: remindAt.getTime() > at ? remindAt : null,
          watchAt: plannedStepInstant(i.dueDate, settings.missedAfterDays, calendar),
        };
      }),
    });
    await this.invoices.recordPlanLateFrom(invoice.id, planLateFromDay(plan, input.coveredAtGrantCents));
    const details = { planId: plan.id, reason: input.reason, installments: input.installments };
    await this.audit.record({
      companyId: invoice.companyId,
      invoiceId: invoice.id,
      actorId: input.actor.userId,
      actorLabel: input.actor.name,
      action: 'payment-plan.granted',
      details,
    });
    return scheduledOf(plan);
  }

  async remindInstallment(input: Input<'remindInstallment'>): Promise<void> {
    await withHeartbeat(async () => {
      const { ctx, plan, vars } = await this.installmentScope(input);
      await this.outreach.emailCustomer({
        ctx,
        template: 'plan/installment-reminder',
        vars,
        idempotencyKey: input.idempotencyKey,
        step: `plan-${input.position}`,
      });
      await this.plans.markReminded(plan.id, input.position, new Date(input.at));
    });
  }

  async recordInstallmentMissed(input: Input<'recordInstallmentMissed'>): Promise<CreatedTask[]> {
    const { ctx, plan, vars } = await this.installmentScope(input);
    const at = new Date(input.at);
    await this.plans.markMissed(plan.id, input.position, at);
    const owner = await this.prisma.user.findUnique({ where: { id: plan.grantedById } });
    const { subject, text } = this.outreach.render('tasks/installment-missed', {
      ...vars,
      recipientName: owner?.fullName ?? '',
      invoiceUrl: this.outreach.invoiceUrl(ctx.id),
    });
    const task = await this.tasks.createOnce({
      idempotencyKey: input.idempotencyKey,
      companyId: ctx.companyId,
      invoiceId: ctx.id,
      type: 'PAYMENT_PLAN_MISSED',
      title: subject ?? 'Échéance manquée',
      description: text,
      assigneeId: owner?.id,
      dueAt: addBusinessDays(at, TASK_DUE_BUSINESS_DAYS, dunningSettingsOf(ctx.company)),
    });
    await this.audit.record({
      companyId: ctx.companyId,
      invoiceId: ctx.id,
      actorLabel: 'Acquitte',
      action: 'payment-plan.installment-missed',
      details: { planId: plan.id, position: input.position, taskId: task.id },
    });
    return [{ taskId: task.id, dueAt: task.dueAt.toISOString() }];
  }

  async endPaymentPlan({ planId, status, reason, actor, at }: Input<'endPaymentPlan'>): Promise<void> {
    const plan = await this.plans.find(planId);
    const ended = await this.plans.end(planId, status, reason, new Date(at));
    // Before the retry check: a retry after a crash between the two writes still puts lateness back on the due date.
    await this.invoices.recordPlanLateFrom(plan.invoiceId, null);
    if (!ended) {
      return;
    }
    const action = status === 'COMPLETED' ? 'payment-plan.completed' : 'payment-plan.cancelled';
    await this.audit.record({
      companyId: plan.companyId,
      invoiceId: plan.invoiceId,
      actorId: actor?.userId,
      actorLabel: actor?.name ?? 'Acquitte',
      action,
      details: { planId, reason },
    });
  }

  private async installmentScope(input: { invoiceId: string; planId: string; position: number; at: string }) {
    const [ctx, plan] = await Promise.all([
      loadInvoiceContext(this.prisma, input.invoiceId),
      this.plans.find(input.planId),
    ]);
    return {
      ctx,
      plan,
      vars: { ...dunningVariables(ctx, new Date(input.at), false), ...installmentVariables(ctx, plan, input.position) },
    };
  }
}

function scheduledOf(plan: StoredPlan): ScheduledPlan {
  return {
    planId: plan.id,
    onMissed: plan.onMissed === 'CANCEL_PLAN' ? 'CANCEL_PLAN' : 'RESUME_DUNNING',
    installments: plan.installments.map((i) => ({
      position: i.position,
      dueDate: isoDate(i.dueDate),
      amountCents: i.amountCents,
      remindAt: i.remindAt?.toISOString() ?? null,
      watchAt: i.watchAt.toISOString(),
    })),
  };
}

/** The installment's figures for its reminder and its missed task: what is still due on it, and when. */
function installmentVariables(ctx: InvoiceContext, plan: StoredPlan, position: number): InstallmentMessageVariables {
  const view = toPaymentPlanView(plan, ctx.paidCents + ctx.creditedCents, '0000-01-01');
  const installment = view.installments.find((i) => i.position === position)!;
  return {
    installmentNumber: position,
    installmentsTotal: view.installments.length,
    installmentDueDate: formatFrenchDate(installment.dueDate),
    installmentAmount: formatEuros(installment.amountCents - installment.paidCents),
  };
}
