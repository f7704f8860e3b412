import { DateTime } from 'luxon';

/** An accounting year as calendar days ('YYYY-MM-DD', both included). */
export interface FiscalYear {
  start: string;
  end: string;
}

/** The accounting year named by the calendar year it starts in (start month 1 = January to December). */
export function fiscalYear(year: number, startMonth: number): FiscalYear {
  const start = DateTime.fromObject({ year, month: startMonth, day: 1 }, { zone: 'utc' });
  return { start: start.toISODate()!, end: start.plus({ years: 1 }).minus({ days: 1 }).toISODate()! };
}

/** The day an instant falls on in the company's time zone ('YYYY-MM-DD'). */
export function localDay(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}

export const withinYear = (day: string, year: FiscalYear): boolean => day >= year.start && day <= year.end;
