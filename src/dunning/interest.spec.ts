import {
  DEFAULT_LEGAL_INTEREST_RATE_BP,
  FORMAL_NOTICE_DEADLINE_DAYS,
  RECOVERY_INDEMNITY_CENTS,
  lateInterestCents,
  penaltyRate,
  penaltyRateBp,
} from './interest';

describe('penaltyRateBp', () => {
  it('uses the contractual rate when there is one', () => {
    expect(penaltyRateBp({ latePenaltyRateBp: 1500, ecbRateBp: 215 })).toBe(1500);
  });

  it('defaults to the ECB rate + 10 points', () => {
    expect(penaltyRateBp({ latePenaltyRateBp: null, ecbRateBp: 215 })).toBe(1215);
    expect(penaltyRateBp({ ecbRateBp: 400 })).toBe(1400);
  });

  it('never goes below 3 × the legal interest rate (2,62 % in H1 2026 → 7,86 %)', () => {
    expect(DEFAULT_LEGAL_INTEREST_RATE_BP).toBe(262);
    expect(penaltyRateBp({ latePenaltyRateBp: 500, ecbRateBp: 215 })).toBe(786);
    expect(penaltyRate({ latePenaltyRateBp: 500, ecbRateBp: 215 })).toEqual({ rateBp: 786, basis: 'LEGAL_FLOOR' });
    expect(penaltyRate({ latePenaltyRateBp: null, ecbRateBp: 215 })).toEqual({ rateBp: 1215, basis: 'ECB_PLUS_10' });
    expect(penaltyRateBp({ latePenaltyRateBp: null, ecbRateBp: 215, legalInterestRateBp: 500 })).toBe(1500);
  });

  it('states the 40 € recovery indemnity and the 8-day formal-notice deadline', () => {
    expect(RECOVERY_INDEMNITY_CENTS).toBe(4000);
    expect(FORMAL_NOTICE_DEADLINE_DAYS).toBe(8);
  });
});

describe('lateInterestCents', () => {
  // 1 200,00 € due 31 March 2026 at 12,15 %; April has 30 days.
  const base = { dueDate: '2026-03-31', annualRateBp: 1215, totalCents: 120_000 };

  it('runs from the day after the due date to asOf inclusive', () => {
    // 120 000 × 1215 × 30 / (10 000 × 365) = 1 198,36 cents → 1 198
    expect(lateInterestCents({ ...base, asOf: '2026-04-30', settlements: [] })).toBe(1198);
    // one day: 120 000 × 1215 / 3 650 000 = 39,94 → 40
    expect(lateInterestCents({ ...base, asOf: '2026-04-01', settlements: [] })).toBe(40);
  });

  it('is 0 on and before the due date', () => {
    expect(lateInterestCents({ ...base, asOf: '2026-03-31', settlements: [] })).toBe(0);
    expect(lateInterestCents({ ...base, asOf: '2026-03-01', settlements: [] })).toBe(0);
  });

  it('is 0 when paid before the due date', () => {
    expect(
      lateInterestCents({ ...base, asOf: '2026-04-30', settlements: [{ date: '2026-03-30', amountCents: 120_000 }] }),
    ).toBe(0);
  });

  it('counts a partial payment from its own date on', () => {
    // 1–9 April on 1 200 €, 10–30 April on 700 €: (9 × 120 000 + 21 × 70 000) × 1215 / 3 650 000 = 848,84 → 849
    const settlements = [{ date: '2026-04-10', amountCents: 50_000 }];
    expect(lateInterestCents({ ...base, asOf: '2026-04-30', settlements })).toBe(849);
  });

  it('counts a payment on the due date for the whole period', () => {
    // 30 × 100 000 × 1215 / 3 650 000 = 998,63 → 999
    const settlements = [{ date: '2026-03-31', amountCents: 20_000 }];
    expect(lateInterestCents({ ...base, asOf: '2026-04-30', settlements })).toBe(999);
  });

  it('stops when the balance is settled, whatever the order of the settlements', () => {
    // 1–10 April on 1 200 €, 11–14 April on 200 €: (10 × 120 000 + 4 × 20 000) × 1215 / 3 650 000 = 426,08 → 426
    const settlements = [
      { date: '2026-04-15', amountCents: 20_000 },
      { date: '2026-04-11', amountCents: 100_000 },
    ];
    expect(lateInterestCents({ ...base, asOf: '2026-06-30', settlements })).toBe(426);
    expect(
      lateInterestCents({ ...base, asOf: '2026-06-30', settlements: [{ date: '2026-04-11', amountCents: 150_000 }] }),
    ).toBe(399);
  });

  it('ignores settlements after asOf', () => {
    expect(
      lateInterestCents({ ...base, asOf: '2026-04-30', settlements: [{ date: '2026-05-02', amountCents: 120_000 }] }),
    ).toBe(1198);
  });

  it('rounds half up once at the end', () => {
    // 1 825 × 1000 / 3 650 000 = 0,5 → 1 ; 1 824 → 0,4997 → 0
    expect(
      lateInterestCents({
        dueDate: '2026-01-01',
        asOf: '2026-01-02',
        annualRateBp: 1000,
        totalCents: 1825,
        settlements: [],
      }),
    ).toBe(1);
    expect(
      lateInterestCents({
        dueDate: '2026-01-01',
        asOf: '2026-01-02',
        annualRateBp: 1000,
        totalCents: 1824,
        settlements: [],
      }),
    ).toBe(0);
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    // a full year at 100 % gives back the principal, to the cent
    const totalCents = 8_999_999_999_999_999;
    expect(
      lateInterestCents({
        dueDate: '2025-01-01',
        asOf: '2026-01-01',
        annualRateBp: 10_000,
        totalCents,
        settlements: [],
      }),
    ).toBe(totalCents);
  });

  it('rejects fractional amounts and malformed dates', () => {
    expect(() => lateInterestCents({ ...base, totalCents: 10.5, asOf: '2026-04-30', settlements: [] })).toThrow(
      RangeError,
    );
    expect(() => lateInterestCents({ ...base, asOf: '30/04/2026', settlements: [] })).toThrow(RangeError);
  });
});
