import { Injectable } from '@nestjs/common';
import { formatEuros } from '../common/money';
import { dunningSettingsOf } from '../companies/company-settings';
import { localDate } from '../dunning/calendar';
import type { InvoiceContext } from '../outreach/invoice-context';
import { PaymentPlanRepository } from './payment-plan.repository';
import { planOverdueCents, toPaymentPlanView } from './payment-plan-view';

/** Under an active plan whose installment was missed, dunning messages ask for the overdue installments only. */
@Injectable()
export class PlanDunningAmount {
  constructor(private readonly plans: PaymentPlanRepository) {}

  async variables(ctx: InvoiceContext, at: Date): Promise<{ amountDue?: string }> {
    const plan = await this.plans.findLatest(ctx.id);
    if (!plan) {
      return {};
    }
    const overdue = planOverdueCents(
      toPaymentPlanView(
        plan,
        ctx.paidCents + ctx.creditedCents,
        localDate(at, dunningSettingsOf(ctx.company).timezone),
      ),
    );
    return overdue ? { amountDue: formatEuros(overdue) } : {};
  }
}
