import { daysLate, localDate } from '../dunning/calendar';
import type { InvoiceDetailDto } from '../invoices/invoice.responses';
import { invoiceStatusCode, invoiceStatusLabel } from '../../workflows/invoice-status';
import type { StoredPlan } from './payment-plan.repository';
import { planLateFrom, toPaymentPlanView } from './payment-plan-view';

/** The detail with its latest plan; under an active plan, lateness counts from the first late installment, not the invoice's due date. */
export function withPaymentPlan(detail: InvoiceDetailDto, plan: StoredPlan | null, now: Date, timezone: string): InvoiceDetailDto {
  if (!plan) return { ...detail, paymentPlan: null };
  const view = toPaymentPlanView(plan, detail.paidCents + detail.creditedCents, localDate(now, timezone));
  if (view.status !== 'ACTIVE' || detail.phase !== 'SENT') return { ...detail, paymentPlan: view };
  const lateFrom = planLateFrom(view);
  const late = lateFrom ? daysLate(lateFrom, now, timezone) : null;
  const { totalInclTaxCents, paidCents, creditedCents } = detail;
  const code = invoiceStatusCode({ phase: 'SENT', totalInclTaxCents, paidCents, creditedCents, daysLate: late ?? -1 });
  return { ...detail, status: { code, label: invoiceStatusLabel(code, late) }, daysLate: code === 'LATE' ? late : null, paymentPlan: view };
}
