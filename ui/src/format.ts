// French formats through Intl: "1 234,56 €", "12/03/2026", "12 mars 2026 à 09:00".
export { formatEuros, formatRate, totalsOf } from '../../src/common/money';
import { PAYMENT_METHOD_NAMES } from '../../src/payments/payment-methods';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-03-12" is a calendar date: read it as local midnight, not UTC, so it never shifts a day. */
function parse(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
}

export const formatDate = (value?: string | null): string => (value ? dateFormat.format(parse(value)) : '—');
export const formatLongDate = (value?: string | null): string => (value ? longDate.format(parse(value)) : '—');
export const formatDateTime = (value?: string | null): string => (value ? dateTimeFormat.format(parse(value)) : '—');

export function formatQuantity(value: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }).format(value);
}

export function daysSince(value?: string | null): number | null {
  if (!value) {
    return null;
  }
  return Math.max(0, Math.floor((Date.now() - parse(value).getTime()) / 86_400_000));
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const PAYMENT_METHODS = Object.entries(PAYMENT_METHOD_NAMES).map(([id, name]) => ({ id, name }));

export const PROFILES = [
  { id: 'VIP', name: 'VIP / stratégique' },
  { id: 'STANDARD', name: 'Bon client' },
  { id: 'NEW', name: 'Nouveau client' },
  { id: 'BAD_PAYER', name: 'Mauvais payeur connu' },
];

export const profileLabel = (id?: string | null): string => PROFILES.find((p) => p.id === id)?.name ?? id ?? '—';
