import { badRequest, type FieldError } from '../common/http-errors';
import { MAX_AMOUNT_CENTS } from '../common/money-limits';
import type { PaymentMethod } from '../generated/prisma/enums';
import { PAYMENT_METHOD_NAMES } from '../payments/payment-methods';
import type { ProposedInstallment } from '../../workflows/portal.contract';

/** A portal form as body-parser gives it (urlencoded or JSON): values may be anything. */
export type PortalForm = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EUROS = /^\d{1,11}(?:[.,]\d{1,2})?$/;
const MAX_TEXT = 2000;
const MAX_INSTALLMENTS = 12;

const text = (form: PortalForm, field: string): string => (typeof form[field] === 'string' ? form[field].trim() : '');

/** The request id the page put in the form: the same submission sent twice is applied once. */
export function requestIdOf(form: PortalForm): string {
  const id = text(form, 'requestId');
  if (!UUID.test(id)) {
    throw badRequest([{ field: 'requestId', message: 'formulaire incomplet : rechargez la page' }]);
  }
  return id.toLowerCase();
}

/** Euros as people type them ("1 234,56", "1234.5") in integer cents; undefined when it is not an amount. */
export function centsFromEuros(input: string): number | undefined {
  const compact = input.replace(/[\s\u00a0\u202f€]/g, '');
  if (!EUROS.test(compact)) {
    return undefined;
  }
  const [units, decimals = ''] = compact.split(/[.,]/);
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  return cents > 0 && cents <= MAX_AMOUNT_CENTS ? cents : undefined;
}

export function parseDeclaration(
  form: PortalForm,
  today: string,
): { paidOn: string; amountCents: number; method: PaymentMethod } {
  const errors: FieldError[] = [];
  const paidOn = text(form, 'paidOn');
  if (!DATE.test(paidOn) || paidOn > today) {
    errors.push({
      field: 'paidOn',
      message: `date du paiement au format AAAA-MM-JJ, au plus tard aujourd’hui (${today})`,
    });
  }
  const amountCents = centsFromEuros(text(form, 'amount'));
  if (amountCents === undefined) {
    errors.push({ field: 'amount', message: 'montant en euros, par exemple 1250,00' });
  }
  const method = text(form, 'method');
  if (!(method in PAYMENT_METHOD_NAMES)) {
    errors.push({ field: 'method', message: `un de ${Object.keys(PAYMENT_METHOD_NAMES).join(', ')}` });
  }
  if (errors.length) {
    throw badRequest(errors);
  }
  return { paidOn, amountCents: amountCents!, method: method as PaymentMethod };
}

export function parseDispute(form: PortalForm): { reason: string } {
  const reason = text(form, 'reason');
  if (reason.length < 3 || reason.length > MAX_TEXT) {
    throw badRequest([{ field: 'reason', message: `motif de 3 à ${MAX_TEXT} caractères` }]);
  }
  return { reason };
}

/** Rows dueDateN / amountN (N from 1); empty rows are ignored. Dates after today and increasing. */
export function parsePlanRequest(
  form: PortalForm,
  today: string,
): { installments: ProposedInstallment[]; comment?: string } {
  const errors: FieldError[] = [];
  const installments: ProposedInstallment[] = [];
  for (let n = 1; n <= MAX_INSTALLMENTS; n++) {
    const [dueDate, amount] = [text(form, `dueDate${n}`), text(form, `amount${n}`)];
    if (!dueDate && !amount) {
      continue;
    }
    const amountCents = centsFromEuros(amount);
    const previous = installments.at(-1)?.dueDate ?? today;
    if (!DATE.test(dueDate) || dueDate <= previous) {
      errors.push({ field: `dueDate${n}`, message: `date après le ${previous}, au format AAAA-MM-JJ` });
    }
    if (amountCents === undefined) {
      errors.push({ field: `amount${n}`, message: 'montant en euros, par exemple 500,00' });
    } else {
      installments.push({ dueDate, amountCents });
    }
  }
  if (installments.length === 0 && errors.length === 0) {
    errors.push({ field: 'dueDate1', message: 'proposez au moins une échéance' });
  }
  const comment = text(form, 'comment');
  if (comment.length > MAX_TEXT) {
    errors.push({ field: 'comment', message: `au plus ${MAX_TEXT} caractères` });
  }
  if (errors.length) {
    throw badRequest(errors);
  }
  return { installments, comment: comment || undefined };
}
