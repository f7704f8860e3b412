import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { overdueWhere } from '../invoices/invoice-filters';
import { PrismaService } from '../prisma/prisma.service';
import { openReceivableWhere } from './receivable-filters';
import { centsOf } from '../prisma/money-columns';

export interface CustomerStats {
  openInvoices: number;
  outstandingCents: number;
  overdueCount: number;
  overdueCents: number;
  /** The due date (YYYY-MM-DD) of the oldest overdue invoice. */
  oldestOverdueDueDate: string | null;
}

export const NO_STATS: CustomerStats = {
  openInvoices: 0,
  outstandingCents: 0,
  overdueCount: 0,
  overdueCents: 0,
  oldestOverdueDueDate: null,
};

/** Outstanding and overdue amounts per customer, aggregated in the database (two grouped queries for any number of customers). */
@Injectable()
export class CustomerStatsService {
  constructor(private readonly prisma: PrismaService) {}

  /** `today` is the company's local date as a UTC-midnight Date, like the @db.Date due dates. */
  async statsFor(
    companyId: string,
    customers: Prisma.CustomerWhereInput,
    today: Date,
  ): Promise<Map<string, CustomerStats>> {
    const scope = { companyId, customer: customers };
    const [open, overdue] = await Promise.all([
      this.prisma.invoice.groupBy({
        by: ['customerId'],
        where: { ...scope, ...openReceivableWhere() },
        _sum: { balanceCents: true },
        _count: { _all: true },
      }),
      this.prisma.invoice.groupBy({
        by: ['customerId'],
        where: { ...scope, ...overdueWhere(today) },
        _sum: { balanceCents: true },
        _count: { _all: true },
        _min: { dueDate: true },
      }),
    ]);
    const stats = new Map<string, CustomerStats>();
    for (const row of open) {
      stats.set(row.customerId, {
        ...NO_STATS,
        openInvoices: row._count._all,
        outstandingCents: centsOf(row._sum.balanceCents ?? 0),
      });
    }
    for (const row of overdue) {
      const oldest = row._min.dueDate ? row._min.dueDate.toISOString().slice(0, 10) : null;
      stats.set(row.customerId, {
        ...(stats.get(row.customerId) ?? NO_STATS),
        overdueCount: row._count._all,
        overdueCents: centsOf(row._sum.balanceCents ?? 0),
        oldestOverdueDueDate: oldest,
      });
    }
    return stats;
  }
}
