import { invoiceStatusCode, invoiceStatusLabel, type StatusFacts } from './invoice-status';

const sent: StatusFacts = { phase: 'SENT', totalInclTaxCents: 12000, paidCents: 0, creditedCents: 0, daysLate: -5 };

describe('invoice status', () => {
  it.each([
    [{ ...sent, phase: 'DRAFT' as const }, 'Brouillon'],
    [{ ...sent, phase: 'ISSUED' as const }, 'En attente non envoyée'],
    [sent, 'En attente envoyée'],
    [{ ...sent, daysLate: 0 }, 'Retard 0 jour'],
    [{ ...sent, daysLate: 1 }, 'Retard 1 jour'],
    [{ ...sent, daysLate: 15 }, 'Retard 15 jours'],
    [{ ...sent, paidCents: 2000 }, 'Partiellement payée'],
    [{ ...sent, paidCents: 2000, daysLate: 3 }, 'Retard 3 jours'],
    [{ ...sent, paidCents: 12000, daysLate: 40 }, 'Payée'],
    [{ ...sent, paidCents: 2000, creditedCents: 10000 }, 'Payée'],
    [{ ...sent, creditedCents: 12000 }, 'Avoir'],
    [{ ...sent, creditedCents: 3000 }, 'Avoir partiel'],
  ])('%j → %s', (facts, label) => {
    expect(invoiceStatusLabel(invoiceStatusCode(facts), facts.daysLate)).toBe(label);
  });

  it('shows the approval level', () => {
    expect(invoiceStatusLabel('AWAITING_APPROVAL', null, { level: 2, levelsTotal: 2 })).toBe(
      'En attente de validation (niveau 2/2)',
    );
  });
});
