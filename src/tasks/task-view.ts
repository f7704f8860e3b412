// What the task routes return: the task with its invoice number, customer and assignee, and whether the caller may complete it.
import type { Role } from '../generated/prisma/enums';
import type { AuthUser } from '../auth/auth-user';
import type { TaskRow } from './task.repository';
import type { TaskViewDto } from './task.responses';
import { centsOf } from '../prisma/money-columns';
import { isoDateOrNull } from '../common/calendar-date';

/** Besides the assignee, these roles may complete any task of the company. */
export const TASK_COMPLETERS: readonly Role[] = ['MANAGER', 'ADMIN', 'ADV'];

export function mayComplete(user: AuthUser, task: Pick<TaskRow, 'assigneeId'>): boolean {
  return task.assigneeId === user.id || TASK_COMPLETERS.includes(user.role);
}

function invoiceOf(row: TaskRow) {
  const invoice = row.invoice;
  return invoice
    ? {
        id: invoice.id,
        number: invoice.number ?? invoice.externalNumber,
        balanceCents: centsOf(invoice.balanceCents),
        customer: invoice.customer,
      }
    : null;
}

export function toTaskView(
  row: TaskRow,
  user: AuthUser,
  userNames: Map<string, string>,
  now = new Date(),
): TaskViewDto {
  const completedByName = row.completedById ? userNames.get(row.completedById) : undefined;
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    description: row.description,
    status: row.status,
    outcome: row.outcome,
    promisedDate: isoDateOrNull(row.promisedDate),
    note: row.note,
    dueAt: row.dueAt.toISOString(),
    overdue: row.status === 'OPEN' && row.dueAt < now,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    completedBy: completedByName ? { id: row.completedById!, fullName: completedByName } : null,
    parentTaskId: row.parentTaskId,
    assignee: row.assignee,
    invoice: invoiceOf(row),
    canComplete: row.status === 'OPEN' && mayComplete(user, row),
  };
}

export type TaskView = TaskViewDto;
