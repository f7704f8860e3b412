import type { InvoiceDetailDto } from '../invoices/invoice.responses';
import { withPaymentPlan } from './invoice-plan-detail';
import type { StoredPlan } from './payment-plan.repository';

const installment = (position: number, dueDate: string, amountCents: number) => ({
  id: `i${position}`,
  planId: 'p',
  position,
  dueDate: new Date(dueDate),
  amountCents,
  remindAt: null,
  watchAt: new Date(dueDate),
  remindedAt: null,
  missedAt: null,
});

const plan = (status: StoredPlan['status'] = 'ACTIVE'): StoredPlan => ({
  id: 'p',
  companyId: 'c',
  invoiceId: 'inv',
  status,
  reason: 'Trésorerie',
  grantedById: 'u',
  grantedByName: 'Sophie Martin',
  coveredAtGrantCents: 20_000,
  onMissed: 'RESUME_DUNNING',
  requestId: 'r',
  endedAt: null,
  endReason: null,
  createdAt: new Date('2026-11-01T10:00:00Z'),
  installments: [installment(1, '2026-11-20', 50_000), installment(2, '2026-12-20', 50_000)],
});

// The invoice fell due on 2026-11-10: 120 000 TTC, 20 000 paid before the plan.
const detail = (paidCents: number): InvoiceDetailDto =>
  ({
    phase: 'SENT',
    totalInclTaxCents: 120_000,
    paidCents,
    creditedCents: 0,
    balanceCents: 120_000 - paidCents,
    disputed: false,
    dueDate: '2026-11-10',
    status: { code: 'LATE', label: 'Retard 5 jours' },
    daysLate: 5,
    nextAction: null,
  }) as unknown as InvoiceDetailDto;

const at = (iso: string) => new Date(iso);

describe('withPaymentPlan', () => {
  it('is not late while no installment is past due, whatever the invoice due date', () => {
    const shown = withPaymentPlan(detail(20_000), plan(), at('2026-11-15T10:00:00Z'), 'Europe/Paris');
    expect(shown.status).toEqual({ code: 'PARTIALLY_PAID', label: 'Partiellement payée' });
    expect(shown.daysLate).toBeNull();
    expect(shown.nextAction).toMatchObject({ code: 'PAYMENT_PLAN_INSTALLMENT', at: '2026-11-20' });
    expect(shown.paymentPlan?.installments.map((i) => i.state.label)).toEqual(['À venir', 'À venir']);
  });

  it('counts "Retard N jours" from the missed installment and allocates payments in order', () => {
    const shown = withPaymentPlan(detail(50_000), plan(), at('2026-11-23T10:00:00Z'), 'Europe/Paris');
    expect(shown.status).toEqual({ code: 'LATE', label: 'Retard 3 jours' });
    expect(shown.paymentPlan?.installments.map((i) => [i.paidCents, i.state.code])).toEqual([
      [30_000, 'LATE'],
      [0, 'UPCOMING'],
    ]);
  });

  it('keeps the invoice status of an ended plan and shows the plan as it ended', () => {
    const shown = withPaymentPlan(detail(20_000), plan('CANCELLED'), at('2026-11-15T10:00:00Z'), 'Europe/Paris');
    expect(shown.status.label).toBe('Retard 5 jours');
    expect(shown.paymentPlan?.status).toBe('CANCELLED');
    expect(withPaymentPlan(detail(20_000), null, at('2026-11-15T10:00:00Z'), 'Europe/Paris').paymentPlan).toBeNull();
  });
});
