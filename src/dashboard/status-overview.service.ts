import { Injectable } from '@nestjs/common';
import { invoiceStatusLabel, type InvoiceStatusCode } from '../../workflows/invoice-status';
import { overdueWhere, statusWhere } from '../invoices/invoice-filters';
import { invoiceSummarySelect, toInvoiceSummary, type InvoiceSummary } from '../invoices/invoice-view';
import { STATUS_CODES } from '../invoices/dto/list-invoices.query';
import { PrismaService } from '../prisma/prisma.service';
import type { DashboardContext } from './dashboard-context';
import { centsOf } from '../prisma/money-columns';

const OVERDUE_SHOWN = 10;

export interface StatusCount {
  code: InvoiceStatusCode;
  label: string;
  count: number;
  balanceCents: number;
  totalInclTaxCents: number;
}

/** A status tile names the group ("En retard"), not one invoice's days late. */
export function statusGroupLabel(code: InvoiceStatusCode): string {
  return code === 'LATE' ? 'En retard' : invoiceStatusLabel(code, null);
}

/** Counts and amounts per status (through the SQL twin of the status function) and the oldest overdue invoices. */
@Injectable()
export class StatusOverviewService {
  constructor(private readonly prisma: PrismaService) {}

  byStatus(ctx: DashboardContext): Promise<StatusCount[]> {
    return Promise.all(STATUS_CODES.map((code) => this.countOf(ctx, code)));
  }

  async oldestOverdue(ctx: DashboardContext): Promise<InvoiceSummary[]> {
    const rows = await this.prisma.invoice.findMany({
      where: { AND: [ctx.scope, overdueWhere(ctx.todayDate)] },
      select: invoiceSummarySelect,
      orderBy: [{ dueDate: 'asc' }, { number: 'asc' }, { id: 'asc' }],
      take: OVERDUE_SHOWN,
    });
    return rows.map((row) => toInvoiceSummary(row, ctx.now, ctx.timezone));
  }

  private async countOf(ctx: DashboardContext, code: InvoiceStatusCode): Promise<StatusCount> {
    const { _count, _sum } = await this.prisma.invoice.aggregate({
      where: { AND: [ctx.scope, statusWhere(code, ctx.todayDate, this.prisma.invoice.fields)] },
      _count: { _all: true },
      _sum: { balanceCents: true, totalInclTaxCents: true },
    });
    return {
      code,
      label: statusGroupLabel(code),
      count: _count._all,
      balanceCents: centsOf(_sum.balanceCents ?? 0),
      totalInclTaxCents: centsOf(_sum.totalInclTaxCents ?? 0),
    };
  }
}
