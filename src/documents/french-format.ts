import { DateTime } from 'luxon';
import { formatEuros, formatRate } from '../common/money';
import { penaltyRate, RECOVERY_INDEMNITY_CENTS, type PenaltyRateInput } from '../dunning/interest';
import { DEFAULT_DUNNING_SETTINGS } from '../dunning/policy';
import { PAYMENT_METHOD_NAMES } from '../payments/payment-methods';
import type { OperationCategory, PaymentMethod } from '../generated/prisma/enums';

// Everything a document prints is pre-formatted here, the French way, so templates only place strings.

/** A calendar date stored as @db.Date (midnight UTC): "23/11/2026". */
export function formatCalendarDate(date: Date): string {
  return DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('dd/MM/yyyy');
}

/** A "2026-11-23" calendar date: "23/11/2026". */
export const formatIsoDate = (isoDate: string): string => formatCalendarDate(new Date(`${isoDate}T00:00:00Z`));

/** An instant (payment time, letter time) seen in the company's time zone: "23/11/2026". */
export function formatInstantDate(instant: Date, timeZone: string = DEFAULT_DUNNING_SETTINGS.timezone): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('dd/MM/yyyy');
}

/** "1 234,56 €" (narrow no-break spaces, as Intl gives them). */
export const formatAmount = (cents: number): string => formatEuros(cents);

/** "5,5 %". */
export const formatVatRate = (bp: number): string => formatRate(bp);

/** Without cents when whole (a share capital, the 40 € indemnity): "10 000 €", else "10 000,50 €". */
export function formatCompactEuros(cents: number): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

/** Thousandths to "1,5", "12", "0,125". */
export function formatQuantity(quantityMilli: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }).format(quantityMilli / 1000);
}

/** A line discount: "10 %", or an em dash when there is none. */
export function formatDiscount(discountBp: number): string {
  return discountBp > 0 ? formatRate(discountBp) : '—';
}

/** No-break space: an identifier never wraps across two lines. */
const NBSP = '\u00a0';

/** "123 456 789" for a 9-digit SIREN; anything else is printed as given. */
export function formatSiren(siren: string): string {
  const digits = siren.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, `$1${NBSP}$2${NBSP}$3`) : siren;
}

/** "123 456 789 00012" for a 14-digit SIRET. */
export function formatSiret(siret: string): string {
  const digits = siret.replace(/\s/g, '');
  return /^\d{14}$/.test(digits)
    ? digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, `$1${NBSP}$2${NBSP}$3${NBSP}$4`)
    : siret;
}

/** "FR76 3000 6000 0112 3456 7890 189": groups of four, as printed on a RIB. */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

const OPERATION_LABELS: Record<OperationCategory, string> = {
  GOODS: 'Livraison de biens',
  SERVICES: 'Prestation de services',
  MIXED: 'Biens et services',
};

const SALE_DATE_LABELS: Record<OperationCategory, string> = {
  GOODS: 'Date de livraison',
  SERVICES: 'Date de la prestation',
  MIXED: 'Date de la vente / prestation',
};

export const operationCategoryLabel = (category: OperationCategory): string => OPERATION_LABELS[category];
export const saleDateLabel = (category: OperationCategory): string => SALE_DATE_LABELS[category];

export const paymentMethodLabel = (method: PaymentMethod): string => PAYMENT_METHOD_NAMES[method];

const RATE_BASIS_TEXT = {
  CONTRACT: '',
  ECB_PLUS_10: ' (taux BCE + 10 points)',
  LEGAL_FLOOR: " (3 fois le taux d'intérêt légal)",
} as const;

/** "12,15 % l'an (taux BCE + 10 points)", "15 % l'an" for a contractual rate; the rate the interest is computed at. */
export function latePenaltyRateText(company: PenaltyRateInput): string {
  const { rateBp, basis } = penaltyRate(company);
  return `${formatRate(rateBp)} l'an${RATE_BASIS_TEXT[basis]}`;
}

/** The late-penalty mention printed on every invoice (L441-9). */
export function latePenaltyMention(company: PenaltyRateInput): string {
  return `Pénalités de retard : ${latePenaltyRateText(company)}, exigibles dès le lendemain de l'échéance`;
}

/** Only business customers owe the fixed 40 € recovery indemnity (L441-10, D441-5). */
export function recoveryIndemnityMention(isBusiness: boolean): string {
  // Written with a plain space, as the statute words it (Intl would put a narrow no-break space).
  const amount = `${RECOVERY_INDEMNITY_CENTS / 100} €`;
  return isBusiness
    ? `Indemnité forfaitaire pour frais de recouvrement : ${amount} (art. L441-10 et D441-5 du Code de commerce)`
    : '';
}

/** "30 jours date de facture", or "À réception de facture" for immediate terms. */
export function paymentTermsText(paymentTermsDays: number): string {
  return paymentTermsDays <= 0 ? 'À réception de facture' : `${paymentTermsDays} jours date de facture`;
}

/** A country line only for addresses outside France: "Belgique". */
export function countryName(code: string): string {
  if (code.toUpperCase() === 'FR') {
    return '';
  }
  return new Intl.DisplayNames(['fr'], { type: 'region' }).of(code.toUpperCase()) ?? code;
}
