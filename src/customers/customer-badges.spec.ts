import { badgesOf, isCurrentlyLate, isPaidLate, lateHistoryOf, type LatenessFacts } from './customer-badges';

const PARIS = 'Europe/Paris';
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const invoice = (facts: Partial<LatenessFacts>): LatenessFacts => ({
  phase: 'SENT',
  dueDate: day('2026-03-10'),
  settledAt: null,
  balanceCents: 0,
  creditedCents: 0,
  totalInclTaxCents: 12000,
  ...facts,
});

describe('late payments of a customer', () => {
  it('counts an invoice settled on a local date after its due date as paid late', () => {
    expect(isPaidLate(invoice({ settledAt: new Date('2026-03-11T08:00:00Z') }), PARIS)).toBe(true);
    expect(isPaidLate(invoice({ settledAt: new Date('2026-03-10T16:00:00Z') }), PARIS)).toBe(false);
  });

  it('reads the settlement date in the company time zone', () => {
    // 23:30 UTC on the due date is already the next day in Paris.
    expect(isPaidLate(invoice({ settledAt: new Date('2026-03-10T23:30:00Z') }), PARIS)).toBe(true);
    expect(isPaidLate(invoice({ settledAt: new Date('2026-03-10T23:30:00Z') }), 'America/Guadeloupe')).toBe(false);
  });

  it('does not count an invoice cancelled by a full credit note, nor one still open', () => {
    expect(isPaidLate(invoice({ settledAt: new Date('2026-04-01T08:00:00Z'), creditedCents: 12000 }), PARIS)).toBe(
      false,
    );
    expect(isPaidLate(invoice({ settledAt: new Date('2026-04-01T08:00:00Z'), balanceCents: 100 }), PARIS)).toBe(false);
    expect(isPaidLate(invoice({ dueDate: null, settledAt: new Date('2026-04-01T08:00:00Z') }), PARIS)).toBe(false);
  });

  it('counts a sent invoice with a balance from its due date on as currently late', () => {
    expect(isCurrentlyLate(invoice({ balanceCents: 5000 }), '2026-03-10')).toBe(true);
    expect(isCurrentlyLate(invoice({ balanceCents: 5000 }), '2026-03-09')).toBe(false);
    expect(isCurrentlyLate(invoice({ balanceCents: 0 }), '2026-03-20')).toBe(false);
    expect(isCurrentlyLate(invoice({ phase: 'ISSUED', balanceCents: 5000 }), '2026-03-20')).toBe(false);
  });

  it('gives the "Retards fréquents" badge from the third late invoice, paid or not', () => {
    const paidLate = invoice({ settledAt: new Date('2026-03-15T08:00:00Z') });
    const late = invoice({ balanceCents: 5000 });
    const onTime = invoice({ settledAt: new Date('2026-03-01T08:00:00Z') });
    const two = lateHistoryOf([paidLate, late, onTime], '2026-03-20', PARIS);
    expect(two).toEqual({ paidLate: 1, currentlyLate: 1 });
    expect(badgesOf(two)).toEqual([]);
    const three = lateHistoryOf([paidLate, late, onTime, paidLate], '2026-03-20', PARIS);
    expect(badgesOf(three)).toEqual([{ code: 'FREQUENT_LATE_PAYMENTS', label: 'Retards fréquents' }]);
  });
});
