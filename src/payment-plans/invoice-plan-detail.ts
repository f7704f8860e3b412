import { formatEuros } from '../common/money';
import { daysLate, localDate } from '../dunning/calendar';
import { formatFrenchDate } from '../messages/format';
import type { InvoiceDetailDto, NextActionDto } from '../invoices/invoice.responses';
import type { PaymentPlanDto } from './payment-plan.responses';
import { invoiceStatusCode, invoiceStatusLabel } from '../../workflows/invoice-status';
import type { StoredPlan } from './payment-plan.repository';
import { planLateFrom, toPaymentPlanView } from './payment-plan-view';

/** The detail with its latest plan; under an active plan, lateness counts from the first late installment, not the invoice's due date. */
export function withPaymentPlan(
  detail: InvoiceDetailDto,
  plan: StoredPlan | null,
  now: Date,
  timezone: string,
): InvoiceDetailDto {
  if (!plan) {
    return { ...detail, paymentPlan: null };
  }
  const view = toPaymentPlanView(plan, detail.paidCents + detail.creditedCents, localDate(now, timezone));
  if (view.status !== 'ACTIVE' || detail.phase !== 'SENT') {
    return { ...detail, paymentPlan: view };
  }
  const lateFrom = planLateFrom(view);
  const late = lateFrom ? daysLate(lateFrom, now, timezone) : null;
  const { totalInclTaxCents, paidCents, creditedCents } = detail;
  const code = invoiceStatusCode({ phase: 'SENT', totalInclTaxCents, paidCents, creditedCents, daysLate: late ?? -1 });
  const nextAction = lateFrom || detail.disputed ? detail.nextAction : (nextInstallment(view) ?? detail.nextAction);
  return {
    ...detail,
    status: { code, label: invoiceStatusLabel(code, late) },
    daysLate: code === 'LATE' ? late : null,
    nextAction,
    paymentPlan: view,
  };
}

/** While the plan holds dunning, what comes next is the first installment not fully paid. */
function nextInstallment(view: PaymentPlanDto): NextActionDto | undefined {
  const next = view.installments.find((i) => i.paidCents < i.amountCents);
  if (!next) {
    return undefined;
  }
  const label = `Échéancier : échéance ${next.position}/${view.installments.length} de ${formatEuros(next.amountCents - next.paidCents)} le ${formatFrenchDate(next.dueDate)}`;
  return { code: 'PAYMENT_PLAN_INSTALLMENT', label, at: next.dueDate };
}
