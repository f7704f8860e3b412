import type { Prisma } from '../generated/prisma/client';
import type { InvoiceStatusCode } from '../../workflows/invoice-status';
import type { AuthUser } from '../auth/auth-user';
import { containsText } from '../common/search';
import type { ListInvoicesQuery } from './dto/list-invoices.query';

type Where = Prisma.InvoiceWhereInput;
/** The list's filters without its page: the list and its exports share them. */
export type InvoiceFilters = Omit<ListInvoicesQuery, 'page' | 'perPage' | 'sort' | 'order'>;
type Fields = Prisma.InvoiceFieldRefs;

/** The SQL twin of invoiceStatusCode(): the same precedence, as Prisma conditions for a given day. */
export function statusWhere(code: InvoiceStatusCode, today: Date, f: Fields): Where {
  const open: Where = { balanceCents: { gt: 0 } };
  const sentNotDue: Where = { phase: 'SENT', ...open, AND: [lateFrom({ gt: today })] };
  switch (code) {
    case 'DRAFT':
    case 'AWAITING_APPROVAL':
    case 'REJECTED':
      return { phase: code };
    case 'ISSUED':
      return { phase: 'ISSUED', ...open };
    case 'LATE':
      return overdueWhere(today);
    case 'SENT':
      return { ...sentNotDue, paidCents: 0, creditedCents: 0 };
    case 'PARTIALLY_PAID':
      return { ...sentNotDue, paidCents: { gt: 0 } };
    case 'PARTIALLY_CREDITED':
      return { ...sentNotDue, paidCents: 0, creditedCents: { gt: 0 } };
    case 'PAID':
      return {
        phase: { in: ['ISSUED', 'SENT'] },
        balanceCents: { lte: 0 },
        creditedCents: { lt: f.totalInclTaxCents },
      };
    case 'CREDITED':
      return { phase: { in: ['ISSUED', 'SENT'] }, creditedCents: { gte: f.totalInclTaxCents } };
  }
}

export function overdueWhere(today: Date): Where {
  return { phase: 'SENT', balanceCents: { gt: 0 }, AND: [lateFrom({ lte: today })] };
}

// Lateness counts from the due date, or under an active payment plan from its first installment not fully paid.
function lateFrom(day: Prisma.DateTimeNullableFilter<'Invoice'>): Where {
  return { OR: [{ planLateFrom: null, dueDate: day }, { planLateFrom: day }] };
}

export function listWhere(user: AuthUser, query: InvoiceFilters, today: Date, fields: Fields): Where {
  const and: Where[] = [{ companyId: user.companyId }];
  if (query.status?.length) {
    and.push({ OR: query.status.map((code) => statusWhere(code, today, fields)) });
  }
  if (query.customerId) {
    and.push({ customerId: query.customerId });
  }
  if (query.ownerId) {
    and.push({ customer: { ownerId: query.ownerId } });
  }
  if (query.overdue) {
    and.push(overdueWhere(today));
  }
  if (query.awaitingMyApproval) {
    and.push({ phase: 'AWAITING_APPROVAL', pendingApprovalRole: user.role, createdById: { not: user.id } });
  }
  if (query.from) {
    and.push({ issueDate: { gte: new Date(query.from) } });
  }
  if (query.to) {
    and.push({ issueDate: { lte: new Date(query.to) } });
  }
  if (query.q) {
    const contains = containsText(query.q);
    and.push({ OR: [{ number: contains }, { externalNumber: contains }, { customer: { name: contains } }] });
  }
  return { AND: and };
}

export function listOrder(query: Pick<ListInvoicesQuery, 'sort' | 'order'>): Prisma.InvoiceOrderByWithRelationInput[] {
  // Days late grows as the due date gets older: sorting by it is sorting by due date, reversed.
  if (query.sort === 'daysLate') {
    return [{ dueDate: { sort: query.order === 'desc' ? 'asc' : 'desc', nulls: 'last' } }, { createdAt: 'desc' }];
  }
  const nullable = query.sort === 'issueDate' || query.sort === 'dueDate' || query.sort === 'number';
  return [
    nullable ? { [query.sort]: { sort: query.order, nulls: 'last' } } : { [query.sort]: query.order },
    { id: 'asc' },
  ];
}
