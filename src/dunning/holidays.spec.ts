import { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from './holidays';

describe('French public holidays', () => {
  it('computes Easter Sunday by the Gregorian computus, including the extreme dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
  });

  it('lists the eleven metropolitan holidays of 2026 in date order', () => {
    expect(frenchPublicHolidays(2026).map((holiday) => holiday.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('places the movable feasts after Easter (Monday +1, Ascension +39, Whit Monday +50)', () => {
    const byName = Object.fromEntries(frenchPublicHolidays(2027).map((holiday) => [holiday.name, holiday.date]));
    expect(byName).toMatchObject({
      'Lundi de Pâques': '2027-03-29',
      Ascension: '2027-05-06',
      'Lundi de Pentecôte': '2027-05-17',
    });
  });

  it('answers for a single date', () => {
    expect(isFrenchPublicHoliday('2026-05-14')).toBe(true);
    expect(isFrenchPublicHoliday('2026-12-25')).toBe(true);
    expect(isFrenchPublicHoliday('2026-05-13')).toBe(false);
    expect(isFrenchPublicHoliday('2026-04-05')).toBe(false); // Easter Sunday itself is a Sunday, not a listed holiday
    expect(() => isFrenchPublicHoliday('14/05/2026')).toThrow(RangeError);
  });
});
