import { Injectable } from '@nestjs/common';
import { openReceivableWhere } from '../customers/receivable-filters';
import { daysBetween } from '../dunning/calendar';
import { overdueWhere } from '../invoices/invoice-filters';
import { PrismaService } from '../prisma/prisma.service';
import { agedBuckets, type AgedBucket } from './aged-buckets';
import { isoDate } from '../common/calendar-date';
import type { DashboardContext } from './dashboard-context';
import { centsOf } from '../prisma/money-columns';

export interface Receivables {
  outstandingCents: number;
  openCount: number;
  overdueCents: number;
  overdueCount: number;
  buckets: AgedBucket[];
}

/** What customers owe, and how old the overdue part is. */
@Injectable()
export class ReceivablesService {
  constructor(private readonly prisma: PrismaService) {}

  async receivables(ctx: DashboardContext): Promise<Receivables> {
    const [open, overdueByDueDate] = await Promise.all([
      this.prisma.invoice.aggregate({
        where: { AND: [ctx.scope, openReceivableWhere()] },
        _count: { _all: true },
        _sum: { balanceCents: true },
      }),
      this.prisma.invoice.groupBy({
        by: ['dueDate'],
        where: { AND: [ctx.scope, overdueWhere(ctx.todayDate)] },
        _count: { _all: true },
        _sum: { balanceCents: true },
      }),
    ]);
    const groups = overdueByDueDate.map((g) => ({
      daysLate: daysBetween(isoDate(g.dueDate!), ctx.today),
      count: g._count._all,
      balanceCents: centsOf(g._sum.balanceCents ?? 0),
    }));
    return {
      outstandingCents: centsOf(open._sum.balanceCents ?? 0),
      openCount: open._count._all,
      overdueCents: groups.reduce((sum, g) => sum + g.balanceCents, 0),
      overdueCount: groups.reduce((sum, g) => sum + g.count, 0),
      buckets: agedBuckets(groups),
    };
  }
}
