// When dunning steps fire: calendar days from the due date, at a local hour, on allowed days, inside a sending window.
// Inputs and outputs are JS Date instants or 'YYYY-MM-DD' calendar dates; local times are read in the settings' zone.
import { DateTime, IANAZone } from 'luxon';
import { isFrenchPublicHoliday } from './holidays';
import type { DunningCalendarSettings } from './policy';

type DayRules = Pick<DunningCalendarSettings, 'businessDaysOnly' | 'skipPublicHolidays'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MINUTE = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** No rule set can block more than a few consecutive days; this bounds the search loops. */
const MAX_DAYS_SEARCHED = 366;

function parseDate(date: string): DateTime {
  const parsed = ISO_DATE.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : null;
  if (!parsed?.isValid) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  }
  return parsed;
}

// isValidZone builds an Intl.DateTimeFormat each call (10% of the API's CPU on the invoice list): remember the answers.
const validZones = new Set<string>();

function checkedZone(timezone: string): string {
  if (validZones.has(timezone)) {
    return timezone;
  }
  if (!IANAZone.isValidZone(timezone)) {
    throw new RangeError(`Unknown time zone "${timezone}"`);
  }
  validZones.add(timezone);
  return timezone;
}

export function parseHourMinute(value: string): { hour: number; minute: number } {
  const match = HOUR_MINUTE.exec(value);
  if (!match) {
    throw new RangeError(`Expected a HH:mm local time, got "${value}"`);
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The instant of a local wall-clock time; a time skipped by a DST jump moves forward by the jump (02:30 → 03:30). */
function localInstant(date: string, hourMinute: string, timezone: string): DateTime {
  const { hour, minute } = parseHourMinute(hourMinute);
  const { year, month, day } = parseDate(date);
  return DateTime.fromObject({ year, month, day, hour, minute }, { zone: checkedZone(timezone) });
}

// A list computes "today" once per row with the same instant: the last answer is kept.
let lastLocalDate = { ms: NaN, timezone: '', date: '' };

export function localDate(at: Date, timezone: string): string {
  const ms = at.getTime();
  if (ms === lastLocalDate.ms && timezone === lastLocalDate.timezone) {
    return lastLocalDate.date;
  }
  const date = DateTime.fromJSDate(at, { zone: checkedZone(timezone) }).toISODate() as string;
  lastLocalDate = { ms, timezone, date };
  return date;
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) {
    throw new RangeError(`Expected a whole number of days, got ${n}`);
  }
  return parseDate(date).plus({ days: n }).toISODate() as string;
}

const DAY_MS = 86_400_000;

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

// Plain arithmetic, not luxon: the list computes days late for every row (8% of its CPU through parseDate).
function utcMidnight(date: string): number {
  const ms = ISO_DATE.test(date) ? Date.parse(date) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  }
  return ms;
}

/** 0 on the due date (local), 1 the day after, negative before. */
export function daysLate(dueDate: string, at: Date, timezone: string): number {
  return daysBetween(dueDate, localDate(at, timezone));
}

function isWeekend(date: string): boolean {
  return parseDate(date).weekday >= 6;
}

export function isAllowedDay(date: string, rules: DayRules): boolean {
  if (rules.businessDaysOnly && isWeekend(date)) {
    return false;
  }
  return !(rules.skipPublicHolidays && isFrenchPublicHoliday(date));
}

/** `date` itself when allowed, else the first allowed day after it. */
export function nextAllowedDate(date: string, rules: DayRules): string {
  let candidate = date;
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    if (isAllowedDay(candidate, rules)) {
      return candidate;
    }
    candidate = addDays(candidate, 1);
  }
  throw new RangeError(`No allowed day within ${MAX_DAYS_SEARCHED} days after ${date}`);
}

/** `date` itself when allowed, else the last allowed day before it. */
export function previousAllowedDate(date: string, rules: DayRules): string {
  let candidate = date;
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    if (isAllowedDay(candidate, rules)) {
      return candidate;
    }
    candidate = addDays(candidate, -1);
  }
  throw new RangeError(`No allowed day within ${MAX_DAYS_SEARCHED} days before ${date}`);
}

/**
 * dueDate + offsetDays at the local send hour on an allowed day: a reminder before the due date moves earlier
 * (it must still come before the due date), a step on or after it moves later.
 */
export function plannedStepInstant(dueDate: string, offsetDays: number, s: DunningCalendarSettings): Date {
  const target = addDays(dueDate, offsetDays);
  const day = offsetDays < 0 ? previousAllowedDate(target, s) : nextAllowedDate(target, s);
  return localInstant(day, s.sendHour, s.timezone).toJSDate();
}

function windowOf(date: string, s: DunningCalendarSettings): { start: DateTime; end: DateTime } {
  const start = localInstant(date, s.windowStart, s.timezone);
  const end = localInstant(date, s.windowEnd, s.timezone);
  if (end <= start) {
    throw new RangeError(`Sending window ${s.windowStart}–${s.windowEnd} is empty`);
  }
  return { start, end };
}

/** The sending window `at` falls in, else the next one: [start, end) on an allowed day. */
export function nextSendWindow(at: Date, s: DunningCalendarSettings): { start: Date; end: Date } {
  const today = localDate(at, s.timezone);
  const window =
    isAllowedDay(today, s) && at.getTime() < windowOf(today, s).end.toMillis()
      ? windowOf(today, s)
      : windowOf(nextAllowedDate(addDays(today, 1), s), s);
  return { start: window.start.toJSDate(), end: window.end.toJSDate() };
}

/** `at` when inside [windowStart, windowEnd) on an allowed day; otherwise the next window opening. */
export function nextOpening(at: Date, s: DunningCalendarSettings): Date {
  const { start } = nextSendWindow(at, s);
  return start.getTime() > at.getTime() ? start : at;
}

/** Same local wall-clock time `days` business days later: weekends always skipped, holidays when configured. */
export function addBusinessDays(at: Date, days: number, s: DunningCalendarSettings): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Expected a non-negative whole number of business days, got ${days}`);
  }
  const rules: DayRules = { businessDaysOnly: true, skipPublicHolidays: s.skipPublicHolidays };
  const start = DateTime.fromJSDate(at, { zone: checkedZone(s.timezone) });
  let date = start.toISODate() as string;
  for (let counted = 0; counted < days; counted++) {
    date = nextAllowedDate(addDays(date, 1), rules);
  }
  const { year, month, day } = parseDate(date);
  return start.set({ year, month, day }).toJSDate();
}
