import type { Prisma } from '../generated/prisma/client';
import type { CustomerBadge, LateHistory } from './customer-badges';
import type { CustomerStats } from './customer-stats.service';
import type { CustomerDto, CustomerListRowDto, CustomerPaymentDto } from './customer.responses';
import { centsOf } from '../prisma/money-columns';

export const customerInclude = {
  owner: { select: { id: true, fullName: true } },
} satisfies Prisma.CustomerInclude;

export type CustomerRow = Prisma.CustomerGetPayload<{ include: typeof customerInclude }>;

/** The customer's own fields (identity, contacts, profile, terms) with its owner; the same names as the create/edit body. */
export function toCustomer(row: CustomerRow): CustomerDto {
  const { companyId: _companyId, createdAt, updatedAt, ...fields } = row;
  return { ...fields, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

export function toCustomerListRow(row: CustomerRow, stats: CustomerStats, badges: CustomerBadge[]): CustomerListRowDto {
  return {
    ...toCustomer(row),
    outstandingCents: stats.outstandingCents,
    overdueCents: stats.overdueCents,
    openInvoices: stats.openInvoices,
    badges,
  };
}

export type CustomerListRow = CustomerListRowDto;

export type PaymentWithInvoice = Prisma.PaymentGetPayload<{
  include: { invoice: { select: { id: true; number: true; externalNumber: true } } };
}>;

export function toCustomerPayment(p: PaymentWithInvoice): CustomerPaymentDto {
  return {
    id: p.id,
    invoiceId: p.invoice.id,
    invoiceNumber: p.invoice.number ?? p.invoice.externalNumber,
    amountCents: centsOf(p.amountCents),
    paidAt: p.paidAt.toISOString(),
    method: p.method,
    reference: p.reference,
  };
}

export interface EffectivePolicy {
  id: string;
  code: string;
  name: string;
  version: number;
  /** EXPLICIT: chosen on the customer; PROFILE: the company's mapping for its profile. */
  source: 'EXPLICIT' | 'PROFILE';
}

export interface LateHistoryView extends LateHistory {
  total: number;
}

export function lateHistoryView(history: LateHistory): LateHistoryView {
  return { ...history, total: history.paidLate + history.currentlyLate };
}
