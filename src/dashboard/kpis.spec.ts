import { meanDaysToSettle, overdueAt30, overdueLevel, unpaidAt30 } from './kpis';

describe('payment KPIs', () => {
  it('gives the mean days from issue to settlement, or null', () => {
    expect(meanDaysToSettle([])).toBeNull();
    expect(
      meanDaysToSettle([
        { issueDate: '2026-01-01', settledOn: '2026-01-31' },
        { issueDate: '2026-01-10', settledOn: '2026-02-20' },
        { issueDate: '2026-03-01', settledOn: '2026-03-01' },
      ]),
    ).toBe(23.7);
  });

  it('counts an invoice as unpaid at D+30 when still open or settled after D+30', () => {
    expect(unpaidAt30({ dueDate: '2026-01-31', balanceCents: 1, settledOn: null })).toBe(true);
    expect(unpaidAt30({ dueDate: '2026-01-31', balanceCents: 0, settledOn: '2026-03-02' })).toBe(false);
    expect(unpaidAt30({ dueDate: '2026-01-31', balanceCents: 0, settledOn: '2026-03-03' })).toBe(true);
  });

  it('rates the share of invoices unpaid at D+30', () => {
    expect(overdueAt30([])).toEqual({ rate: null, late: 0, population: 0, level: null });
    const paid = { dueDate: '2026-01-01', balanceCents: 0, settledOn: '2026-01-05' };
    const open = { dueDate: '2026-01-01', balanceCents: 500, settledOn: null };
    expect(overdueAt30([paid, paid, open])).toEqual({ rate: 0.3333, late: 1, population: 3, level: 'URGENT' });
  });

  it('grades the rate: good under 5 %, urgent above 10 %', () => {
    expect([0, 0.0499, 0.05, 0.1, 0.1001].map(overdueLevel)).toEqual(['GOOD', 'GOOD', 'WATCH', 'WATCH', 'URGENT']);
  });
});
