import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { ListInvoicesQuery } from '../invoices/dto/list-invoices.query';
import { listWhere, statusWhere } from '../invoices/invoice-filters';
import { invoiceSummarySelect, toInvoiceSummary, type InvoiceSummary } from '../invoices/invoice-view';
import { PrismaService } from '../prisma/prisma.service';
import type { DashboardContext } from './dashboard-context';
import { taskInclude } from '../tasks/task.repository';
import type { TaskItemDto } from './dashboard.responses';

const SHOWN = 5;

export interface ActionList<T> {
  count: number;
  items: T[];
}

export type TaskItem = TaskItemDto;

export interface MyActions {
  /** Invoices waiting for a decision of my role that I did not create, waiting longest first. */
  approvals: ActionList<InvoiceSummary>;
  /** My open tasks, soonest due first. */
  tasks: ActionList<TaskItem>;
  /** For ADV and ADMIN: issued invoices not yet sent (scheduled ones included), oldest first; null for other roles. */
  toSend: ActionList<InvoiceSummary> | null;
}

/** What is waiting on the caller. */
@Injectable()
export class MyActionsService {
  constructor(private readonly prisma: PrismaService) {}

  async myActions(ctx: DashboardContext): Promise<MyActions> {
    const maySend = ctx.user.role === 'ADV' || ctx.user.role === 'ADMIN';
    const [approvals, tasks, toSend] = await Promise.all([
      this.approvals(ctx),
      this.tasks(ctx),
      maySend ? this.toSend(ctx) : null,
    ]);
    return { approvals, tasks, toSend };
  }

  private approvals(ctx: DashboardContext): Promise<ActionList<InvoiceSummary>> {
    const query = Object.assign(new ListInvoicesQuery(), { awaitingMyApproval: true });
    const where = listWhere(ctx.user, query, ctx.todayDate, this.prisma.invoice.fields);
    return this.invoiceList(ctx, where, [{ submittedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }]);
  }

  private toSend(ctx: DashboardContext): Promise<ActionList<InvoiceSummary>> {
    const where = {
      companyId: ctx.user.companyId,
      ...statusWhere('ISSUED', ctx.todayDate, this.prisma.invoice.fields),
    };
    return this.invoiceList(ctx, where, [{ issueDate: { sort: 'asc', nulls: 'last' } }, { number: 'asc' }]);
  }

  private async invoiceList(
    ctx: DashboardContext,
    where: Prisma.InvoiceWhereInput,
    orderBy: Prisma.InvoiceOrderByWithRelationInput[],
  ): Promise<ActionList<InvoiceSummary>> {
    const [rows, count] = await Promise.all([
      this.prisma.invoice.findMany({ where, select: invoiceSummarySelect, orderBy, take: SHOWN }),
      this.prisma.invoice.count({ where }),
    ]);
    return { count, items: rows.map((row) => toInvoiceSummary(row, ctx.now, ctx.timezone)) };
  }

  private async tasks(ctx: DashboardContext): Promise<ActionList<TaskItem>> {
    const where: Prisma.TaskWhereInput = { companyId: ctx.user.companyId, assigneeId: ctx.user.id, status: 'OPEN' };
    const [rows, count] = await Promise.all([
      this.prisma.task.findMany({
        where,
        include: taskInclude,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: SHOWN,
      }),
      this.prisma.task.count({ where }),
    ]);
    const items = rows.map((t) => ({
      id: t.id,
      type: t.type,
      title: t.title,
      description: t.description,
      dueAt: t.dueAt.toISOString(),
      overdue: t.dueAt < ctx.now,
      invoice: t.invoice ? { id: t.invoice.id, number: t.invoice.number ?? t.invoice.externalNumber } : null,
    }));
    return { count, items };
  }
}
