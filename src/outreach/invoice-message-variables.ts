import { formatEuros, formatRate } from '../common/money';
import { dunningSettingsOf } from '../companies/company-settings';
import { daysLate, localDate } from '../dunning/calendar';
import { lateInterestCents, penaltyRateBp, RECOVERY_INDEMNITY_CENTS } from '../dunning/interest';
import { formatFrenchDate } from '../messages/format';
import type { DunningMessageVariables, InvoiceMessageVariables } from '../messages/message-variables';
import { invoiceNumberOf, type InvoiceContext } from './invoice-context';

const dateOf = (d: Date | null): string => (d ? formatFrenchDate(d.toISOString().slice(0, 10)) : '');

export function invoiceVariables(ctx: InvoiceContext): InvoiceMessageVariables {
  const { company, customer } = ctx;
  return {
    customerName: customer.name,
    contactName: customer.decisionMakerName,
    invoiceNumber: invoiceNumberOf(ctx),
    issueDate: dateOf(ctx.issueDate),
    dueDate: dateOf(ctx.dueDate),
    amountDue: formatEuros(Math.max(0, ctx.balanceCents)),
    totalAmount: formatEuros(ctx.totalInclTaxCents),
    sellerName: company.tradeName ?? company.legalName,
    sellerPhone: company.phone,
    sellerEmail: company.email,
    iban: company.iban,
    bic: company.bic,
    ownerName: customer.owner?.fullName ?? null,
  };
}

export interface PenaltyFigures {
  daysLate: number;
  rateBp: number;
  interestCents: number;
  indemnityCents: number;
}

/** Late interest on the remaining balance day by day, and the 40 € indemnity (business customers only). */
export function penaltyFigures(ctx: InvoiceContext, at: Date): PenaltyFigures {
  const timezone = dunningSettingsOf(ctx.company).timezone;
  const dueDate = ctx.dueDate!.toISOString().slice(0, 10);
  const rateBp = penaltyRateBp(ctx.company);
  const settlements = [
    ...ctx.payments.map((p) => ({ date: localDate(p.paidAt, timezone), amountCents: p.amountCents })),
    ...ctx.creditNotes.map((c) => ({ date: c.issueDate.toISOString().slice(0, 10), amountCents: c.totalInclTaxCents })),
  ];
  const interestCents = lateInterestCents({
    dueDate,
    asOf: localDate(at, timezone),
    annualRateBp: rateBp,
    totalCents: ctx.totalInclTaxCents,
    settlements,
  });
  return {
    daysLate: daysLate(dueDate, at, timezone),
    rateBp,
    interestCents,
    indemnityCents: ctx.customer.isBusiness ? RECOVERY_INDEMNITY_CENTS : 0,
  };
}

export function dunningVariables(ctx: InvoiceContext, at: Date, mentionPenalties: boolean): DunningMessageVariables {
  const figures = penaltyFigures(ctx, at);
  const balance = Math.max(0, ctx.balanceCents);
  return {
    ...invoiceVariables(ctx),
    daysLate: figures.daysLate,
    daysUntilDue: -figures.daysLate,
    mentionPenalties,
    penaltyRate: formatRate(figures.rateBp),
    interestAccrued: formatEuros(figures.interestCents),
    indemnity: formatEuros(figures.indemnityCents),
    amountWithPenalties: formatEuros(balance + figures.interestCents + figures.indemnityCents),
  };
}
