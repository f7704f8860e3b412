import type { Prisma } from '../generated/prisma/client';

type Where = Prisma.InvoiceWhereInput;

/** Receivables: issued or sent invoices with something left to pay. */
export function openReceivableWhere(): Where {
  return { phase: { in: ['ISSUED', 'SENT'] }, balanceCents: { gt: 0 } };
}

/**
 * A superset of the invoices paid late (the exact rule, in the company's local date, is isPaidLate): settled by payments
 * at an instant after the due date's UTC midnight, which every local date after the due date is.
 */
export function settledAfterDueWhere(f: Prisma.InvoiceFieldRefs): Where {
  return { settledAt: { gt: f.dueDate }, balanceCents: { lte: 0 }, creditedCents: { lt: f.totalInclTaxCents } };
}
