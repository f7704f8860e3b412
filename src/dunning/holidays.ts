// French (metropolitan) public holidays, computed for any year; dates are 'YYYY-MM-DD' strings.

export interface PublicHoliday {
  date: string;
  name: string;
}

const cache = new Map<number, PublicHoliday[]>();

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shiftDays(year: number, month: number, day: number, days: number): string {
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`Gregorian Easter is undefined for year ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function computeHolidays(year: number): PublicHoliday[] {
  const [, easterMonth, easterDay] = easterSunday(year).split('-').map(Number);
  const afterEaster = (days: number) => shiftDays(year, easterMonth, easterDay, days);
  return [
    { date: isoDate(year, 1, 1), name: "Jour de l'an" },
    { date: afterEaster(1), name: 'Lundi de Pâques' },
    { date: isoDate(year, 5, 1), name: 'Fête du Travail' },
    { date: isoDate(year, 5, 8), name: 'Victoire 1945' },
    { date: afterEaster(39), name: 'Ascension' },
    { date: afterEaster(50), name: 'Lundi de Pentecôte' },
    { date: isoDate(year, 7, 14), name: 'Fête nationale' },
    { date: isoDate(year, 8, 15), name: 'Assomption' },
    { date: isoDate(year, 11, 1), name: 'Toussaint' },
    { date: isoDate(year, 11, 11), name: 'Armistice 1918' },
    { date: isoDate(year, 12, 25), name: 'Noël' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

/** The eleven metropolitan public holidays of a year, in date order (Alsace-Moselle extras not included). */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = computeHolidays(year);
    cache.set(year, holidays);
  }
  return holidays;
}

/** true for '2026-05-14' (Ascension). Expects a 'YYYY-MM-DD' calendar date. */
export function isFrenchPublicHoliday(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  }
  return frenchPublicHolidays(Number(date.slice(0, 4))).some((holiday) => holiday.date === date);
}
