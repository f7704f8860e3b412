import { Injectable } from '@nestjs/common';
import { addDays, localDate } from '../dunning/calendar';
import { statusWhere } from '../invoices/invoice-filters';
import { PrismaService } from '../prisma/prisma.service';
import { isoDate } from '../common/calendar-date';
import type { DashboardContext } from './dashboard-context';
import { meanDaysToSettle, overdueAt30, type OverdueAt30 } from './kpis';
import { centsOf } from '../prisma/money-columns';

export const KPI_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface Kpis {
  windowDays: number;
  /** Mean days from issue to payment of the invoices paid in the window. */
  dso: { days: number | null; invoices: number };
  /** Invoices whose D+30 fell in the window: the share still unpaid at D+30. */
  overdueAt30: OverdueAt30;
}

@Injectable()
export class KpisService {
  constructor(private readonly prisma: PrismaService) {}

  async kpis(ctx: DashboardContext): Promise<Kpis> {
    const [settled, due] = await Promise.all([this.settledInWindow(ctx), this.pastDay30InWindow(ctx)]);
    return {
      windowDays: KPI_WINDOW_DAYS,
      dso: { days: meanDaysToSettle(settled), invoices: settled.length },
      overdueAt30: overdueAt30(due),
    };
  }

  private async settledInWindow(ctx: DashboardContext) {
    const rows = await this.prisma.invoice.findMany({
      where: {
        AND: [
          ctx.scope,
          statusWhere('PAID', ctx.todayDate, this.prisma.invoice.fields),
          { settledAt: { gte: new Date(ctx.now.getTime() - KPI_WINDOW_DAYS * DAY_MS) }, issueDate: { not: null } },
        ],
      },
      select: { issueDate: true, settledAt: true },
    });
    return rows.map((r) => ({ issueDate: isoDate(r.issueDate!), settledOn: localDate(r.settledAt!, ctx.timezone) }));
  }

  /** Sent invoices, not cancelled by a full credit note, due between 120 and 30 days ago. */
  private async pastDay30InWindow(ctx: DashboardContext) {
    const rows = await this.prisma.invoice.findMany({
      where: {
        AND: [ctx.scope, { phase: 'SENT', creditedCents: { lt: this.prisma.invoice.fields.totalInclTaxCents } }],
        dueDate: { gte: new Date(addDays(ctx.today, -30 - KPI_WINDOW_DAYS)), lte: new Date(addDays(ctx.today, -30)) },
      },
      select: { dueDate: true, balanceCents: true, settledAt: true },
    });
    return rows.map((r) => ({
      dueDate: isoDate(r.dueDate!),
      balanceCents: centsOf(r.balanceCents),
      settledOn: r.settledAt ? localDate(r.settledAt, ctx.timezone) : null,
    }));
  }
}
