import { holidaysAhead } from './settings-views';

describe('holidaysAhead', () => {
  it('lists the French public holidays from today to the same day next year', () => {
    const holidays = holidaysAhead('Europe/Paris', new Date('2026-07-14T08:00:00Z'));
    expect(holidays[0]).toEqual({ date: '2026-07-14', name: 'Fête nationale' });
    expect(holidays.at(-1)).toEqual({ date: '2027-05-17', name: 'Lundi de Pentecôte' });
    expect(holidays).toHaveLength(11);
  });

  it('reads "today" in the company time zone', () => {
    expect(holidaysAhead('Europe/Paris', new Date('2026-12-31T23:30:00Z'))[0]).toEqual({
      date: '2027-01-01',
      name: "Jour de l'an",
    });
  });
});
