import {
  addBusinessDays,
  addDays,
  daysBetween,
  daysLate,
  localDate,
  nextOpening,
  nextSendWindow,
  plannedStepInstant,
} from './calendar';
import { DEFAULT_DUNNING_SETTINGS, DunningCalendarSettings } from './policy';

const paris: DunningCalendarSettings = { ...DEFAULT_DUNNING_SETTINGS };
const everyDay: DunningCalendarSettings = { ...paris, businessDaysOnly: false, skipPublicHolidays: false };
const iso = (at: Date) => at.toISOString();
const at = (instant: string) => new Date(instant);

describe('plannedStepInstant', () => {
  it('fires at 09:00 Paris: 08:00Z in winter, 07:00Z in summer', () => {
    expect(iso(plannedStepInstant('2026-01-20', 0, paris))).toBe('2026-01-20T08:00:00.000Z');
    expect(iso(plannedStepInstant('2026-06-15', -7, paris))).toBe('2026-06-08T07:00:00.000Z');
  });

  it('keeps 09:00 local on both sides of the March DST change (last Sunday: 2026-03-29)', () => {
    expect(iso(plannedStepInstant('2026-03-20', 7, paris))).toBe('2026-03-27T08:00:00.000Z'); // Friday, CET
    expect(iso(plannedStepInstant('2026-03-20', 10, paris))).toBe('2026-03-30T07:00:00.000Z'); // Monday, CEST
    expect(iso(plannedStepInstant('2026-03-20', 9, everyDay))).toBe('2026-03-29T07:00:00.000Z'); // the change day itself
  });

  it('keeps 09:00 local across the October DST change (2026-10-25)', () => {
    expect(iso(plannedStepInstant('2026-10-20', 3, paris))).toBe('2026-10-23T07:00:00.000Z');
    expect(iso(plannedStepInstant('2026-10-20', 6, paris))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('moves a step that falls on the Saturday DST weekend to Monday, at the new offset', () => {
    expect(iso(plannedStepInstant('2026-03-18', 10, paris))).toBe('2026-03-30T07:00:00.000Z'); // Sat 28 → Mon 30
  });

  it('moves a weekend step to Monday', () => {
    expect(iso(plannedStepInstant('2026-06-01', 5, paris))).toBe('2026-06-08T07:00:00.000Z'); // Sat 6 → Mon 8
    expect(iso(plannedStepInstant('2026-06-01', 5, everyDay))).toBe('2026-06-06T07:00:00.000Z');
  });

  it('moves a step off a public holiday, then off the weekend after it', () => {
    expect(iso(plannedStepInstant('2026-12-10', 15, paris))).toBe('2026-12-28T08:00:00.000Z'); // Fri 25 Dec → Mon 28
    expect(iso(plannedStepInstant('2026-05-07', 7, paris))).toBe('2026-05-15T07:00:00.000Z'); // Ascension Thu 14 → Fri 15
    expect(iso(plannedStepInstant('2026-12-10', 15, { ...paris, skipPublicHolidays: false }))).toBe(
      '2026-12-25T08:00:00.000Z',
    );
  });

  it('moves a reminder due before the due date earlier, so it still comes before it', () => {
    // D-1 of Sunday 2026-06-07 is Saturday 6 → Friday 5 (not Monday 8, which is after the due date)
    expect(iso(plannedStepInstant('2026-06-07', -1, paris))).toBe('2026-06-05T07:00:00.000Z');
    // D-7 of Friday 2027-01-01 is Friday 2026-12-25 (holiday) → Thursday 24
    expect(iso(plannedStepInstant('2027-01-01', -7, paris))).toBe('2026-12-24T08:00:00.000Z');
  });

  it('chains holidays: Whit Monday after a weekend', () => {
    expect(iso(plannedStepInstant('2026-05-20', 3, paris))).toBe('2026-05-26T07:00:00.000Z'); // Sat 23 → Sun → Mon 25 (holiday) → Tue 26
  });

  it('reads the send hour in the configured zone', () => {
    const newYork = { ...paris, timezone: 'America/New_York', skipPublicHolidays: false };
    expect(iso(plannedStepInstant('2026-07-01', 0, newYork))).toBe('2026-07-01T13:00:00.000Z');
  });

  it('moves a send hour that does not exist on a spring-forward day by the DST jump', () => {
    expect(iso(plannedStepInstant('2026-03-29', 0, { ...everyDay, sendHour: '02:30' }))).toBe(
      '2026-03-29T01:30:00.000Z',
    ); // 03:30 CEST
  });

  it('rejects malformed settings', () => {
    expect(() => plannedStepInstant('2026-13-01', 0, paris)).toThrow(RangeError);
    expect(() => plannedStepInstant('2026-06-01', 0, { ...paris, sendHour: '9h' })).toThrow(RangeError);
    expect(() => plannedStepInstant('2026-06-01', 0, { ...paris, timezone: 'Europe/Nowhere' })).toThrow(RangeError);
    expect(() => plannedStepInstant('2026-06-01', 0.5, paris)).toThrow(RangeError);
  });
});

describe('nextSendWindow (window 08:00–19:00 Paris): what the plan hands the workflow for its catch-up', () => {
  const window = (instant: string) => {
    const { start, end } = nextSendWindow(at(instant), paris);
    return [iso(start), iso(end)];
  };

  it('is the window the instant falls in, else the next one, its end excluded', () => {
    expect(window('2026-06-09T08:00:00Z')).toEqual(['2026-06-09T06:00:00.000Z', '2026-06-09T17:00:00.000Z']);
    expect(window('2026-06-09T05:59:00Z')).toEqual(['2026-06-09T06:00:00.000Z', '2026-06-09T17:00:00.000Z']);
    expect(window('2026-06-09T17:00:00Z')).toEqual(['2026-06-10T06:00:00.000Z', '2026-06-10T17:00:00.000Z']);
    expect(window('2026-06-12T18:00:00Z')).toEqual(['2026-06-15T06:00:00.000Z', '2026-06-15T17:00:00.000Z']);
  });
});

describe('nextOpening (window 08:00–19:00 Paris)', () => {
  it('returns the instant itself inside the window, including exactly at its start', () => {
    expect(iso(nextOpening(at('2026-06-09T08:00:00Z'), paris))).toBe('2026-06-09T08:00:00.000Z'); // Tue 10:00
    expect(iso(nextOpening(at('2026-06-09T06:00:00Z'), paris))).toBe('2026-06-09T06:00:00.000Z'); // 08:00 sharp
    expect(iso(nextOpening(at('2026-06-09T16:59:59.999Z'), paris))).toBe('2026-06-09T16:59:59.999Z');
  });

  it('waits for the same day opening when early', () => {
    expect(iso(nextOpening(at('2026-06-09T05:59:00Z'), paris))).toBe('2026-06-09T06:00:00.000Z');
  });

  it('treats the window end as closed: 19:00 sharp waits for the next day', () => {
    expect(iso(nextOpening(at('2026-06-09T17:00:00Z'), paris))).toBe('2026-06-10T06:00:00.000Z');
  });

  it('uses the local date: 00:30 Paris on Wednesday is still Tuesday in UTC', () => {
    expect(iso(nextOpening(at('2026-06-09T22:30:00Z'), paris))).toBe('2026-06-10T06:00:00.000Z');
  });

  it('skips the weekend and holidays', () => {
    expect(iso(nextOpening(at('2026-06-12T18:00:00Z'), paris))).toBe('2026-06-15T06:00:00.000Z'); // Fri 20:00 → Mon 08:00
    expect(iso(nextOpening(at('2026-06-13T08:00:00Z'), paris))).toBe('2026-06-15T06:00:00.000Z'); // Sat 10:00 → Mon
    expect(iso(nextOpening(at('2026-05-14T08:00:00Z'), paris))).toBe('2026-05-15T06:00:00.000Z'); // Ascension → Fri
    expect(iso(nextOpening(at('2026-06-13T08:00:00Z'), everyDay))).toBe('2026-06-13T08:00:00.000Z');
  });

  it('opens Monday at 08:00 summer time after the March DST weekend', () => {
    expect(iso(nextOpening(at('2026-03-27T19:00:00Z'), paris))).toBe('2026-03-30T06:00:00.000Z'); // Fri 20:00 CET → Mon 08:00 CEST
  });

  it('refuses an empty window', () => {
    expect(() =>
      nextOpening(at('2026-06-09T08:00:00Z'), { ...paris, windowStart: '19:00', windowEnd: '08:00' }),
    ).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('keeps the local time and skips the weekend and holidays', () => {
    const wednesday = at('2026-05-13T08:00:00Z'); // 10:00 Paris, Ascension is Thursday 14
    expect(iso(addBusinessDays(wednesday, 2, paris))).toBe('2026-05-18T08:00:00.000Z');
    expect(iso(addBusinessDays(wednesday, 2, { ...paris, skipPublicHolidays: false }))).toBe(
      '2026-05-15T08:00:00.000Z',
    );
  });

  it('always skips weekends, even when dunning runs every day', () => {
    expect(iso(addBusinessDays(at('2026-06-12T08:00:00Z'), 1, everyDay))).toBe('2026-06-15T08:00:00.000Z');
    expect(iso(addBusinessDays(at('2026-06-13T08:00:00Z'), 1, paris))).toBe('2026-06-15T08:00:00.000Z'); // from a Saturday
  });

  it('keeps 10:00 local across the DST change', () => {
    expect(iso(addBusinessDays(at('2026-03-27T09:00:00Z'), 1, paris))).toBe('2026-03-30T08:00:00.000Z');
  });

  it('returns the same instant for 0 and rejects negative or fractional counts', () => {
    expect(iso(addBusinessDays(at('2026-06-13T08:00:00Z'), 0, paris))).toBe('2026-06-13T08:00:00.000Z');
    expect(() => addBusinessDays(at('2026-06-13T08:00:00Z'), -1, paris)).toThrow(RangeError);
    expect(() => addBusinessDays(at('2026-06-13T08:00:00Z'), 1.5, paris)).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('gives the local date in a zone', () => {
    expect(localDate(at('2026-06-09T22:30:00Z'), 'Europe/Paris')).toBe('2026-06-10');
    expect(localDate(at('2026-06-09T22:30:00Z'), 'UTC')).toBe('2026-06-09');
  });

  it('adds calendar days across month ends and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('counts whole days between dates, DST weekends included', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-06-10', '2026-06-03')).toBe(-7);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('refuses dates that are not calendar days', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2026-03-01', '1 mars 2026')).toThrow(RangeError);
  });

  it('gives each zone its own local date for the same instant asked in turn', () => {
    const instant = at('2026-06-09T22:30:00Z');
    expect([localDate(instant, 'Europe/Paris'), localDate(instant, 'UTC'), localDate(instant, 'Europe/Paris')]).toEqual(
      ['2026-06-10', '2026-06-09', '2026-06-10'],
    );
  });

  it('counts days late from the local date: 0 on the due date, negative before', () => {
    expect(daysLate('2026-06-10', at('2026-06-09T22:30:00Z'), 'Europe/Paris')).toBe(0); // 00:30 Paris on the due date
    expect(daysLate('2026-06-10', at('2026-06-09T21:59:00Z'), 'Europe/Paris')).toBe(-1);
    expect(daysLate('2026-06-10', at('2026-06-25T16:00:00Z'), 'Europe/Paris')).toBe(15);
  });
});
