import { Injectable } from '@nestjs/common';
import type { Prisma, Task } from '../generated/prisma/client';
import type { TaskOutcome } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import type { NewTask } from './tasks.types';

type Db = Prisma.TransactionClient;

/** What the task routes show with a task: its invoice number, customer and assignee. */
export const taskInclude = {
  assignee: { select: { id: true, fullName: true } },
  invoice: {
    select: {
      id: true,
      number: true,
      externalNumber: true,
      balanceCents: true,
      workflowId: true,
      customer: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.TaskInclude;

export type TaskRow = Prisma.TaskGetPayload<{ include: typeof taskInclude }>;

/** A task marked done: by whom, with which outcome. */
export interface TaskDone {
  outcome: TaskOutcome;
  promisedDate?: string;
  note?: string;
  at: Date;
  completedById: string;
}

/** Every write to the Task table; methods take the caller's transaction when there is one. */
@Injectable()
export class TaskRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Creates a task once per idempotency key; a retry gets the existing task back. */
  createOnce(task: NewTask, tx: Db = this.prisma): Promise<Task> {
    return tx.task.upsert({ where: { idempotencyKey: task.idempotencyKey }, create: task, update: {} });
  }

  /** The ADV user who takes unassigned back-office work in a company (first active ADV by creation). */
  async advUserId(companyId: string): Promise<string | undefined> {
    const adv = await this.prisma.user.findFirst({
      where: { companyId, role: 'ADV', active: true },
      orderBy: { createdAt: 'asc' },
    });
    return adv?.id;
  }

  /** The task if it belongs to the company, as the task routes show it. */
  findInCompany(companyId: string, id: string): Promise<TaskRow | null> {
    return this.prisma.task.findFirst({ where: { id, companyId }, include: taskInclude });
  }

  /** Marks an OPEN task done; false when it was no longer open (a retry or a concurrent completion). */
  async markDone(id: string, done: TaskDone, tx: Db = this.prisma): Promise<boolean> {
    const { outcome, promisedDate, note, at, completedById } = done;
    const { count } = await tx.task.updateMany({
      where: { id, status: 'OPEN' },
      data: {
        status: 'DONE',
        outcome,
        promisedDate: promisedDate ? new Date(promisedDate) : null,
        note,
        completedAt: at,
        completedById,
      },
    });
    return count === 1;
  }

  async markEscalated(id: string, at: Date): Promise<void> {
    await this.prisma.task.update({ where: { id }, data: { escalatedAt: at } });
  }

  /** Calls off the still open tasks among these, with the reason as their note. */
  async cancelOpen(
    where: { ids: string[] } | { invoiceId: string },
    reason: string,
    at: Date,
    tx: Db = this.prisma,
  ): Promise<void> {
    const scope = 'ids' in where ? { id: { in: where.ids } } : { invoiceId: where.invoiceId };
    await tx.task.updateMany({
      where: { ...scope, status: 'OPEN' },
      data: { status: 'CANCELLED', note: reason, completedAt: at },
    });
  }
}
