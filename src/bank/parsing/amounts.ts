import { StatementParseError } from './statement';

const DECIMAL = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;

/**
 * A decimal amount as integer cents, read digit by digit (never through a float): "1 234,56" → 123456.
 * Spaces and apostrophes group thousands; `decimal` is the decimal separator, the other one is a grouping mark.
 */
export function parseCents(text: string, where: string, decimal: '.' | ',' = '.'): number {
  const grouping = decimal === ',' ? /[\s\u00a0\u202f'.]/g : /[\s\u00a0\u202f',]/g;
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const digits = trimmed.replace(/^[+-]/, '').replace(grouping, '');
  const match = DECIMAL.exec(digits);
  if (!match) {
    throw new StatementParseError(where, `"${text}" is not an amount`);
  }
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return negative ? -cents : cents;
}

/** A calendar date checked for existence: "2026-02-30" is refused. */
export function isoDate(year: number, month: number, day: number, where: string, text: string): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new StatementParseError(where, `"${text}" is not a date`);
  }
  return date.toISOString().slice(0, 10);
}
