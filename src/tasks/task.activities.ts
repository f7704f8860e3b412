import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { companyTimeZone, dunningSettingsOf } from '../companies/company-settings';
import { addBusinessDays } from '../dunning/calendar';
import { endOfDay } from '../invoices/dispute.activities';
import type { CreatedTask, InvoiceActivities } from '../../workflows/activities.contract';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PrismaService } from '../prisma/prisma.service';
import { recordTaskCompletion } from './task-completion-record';
import { TaskRepository } from './task.repository';

type TaskActivityNames = 'completeTask' | 'escalateTask' | 'closeTasks';

/** Tasks created by invoice workflows: their outcomes flow back in, unanswered ones climb to the manager. */
@Injectable()
export class TaskActivities implements Pick<InvoiceActivities, TaskActivityNames> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly tasks: TaskRepository,
  ) {}

  async completeTask(input: Parameters<InvoiceActivities['completeTask']>[0]): Promise<{ resumeAt?: string }> {
    const { invoiceId, taskId, actor, outcome, promisedDate, note, at } = input;
    return this.prisma.$transaction(async (tx) => {
      const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, include: { company: true } });
      const completed = await recordTaskCompletion(
        tx,
        { tasks: this.tasks, audit: this.audit },
        { task: { ...task, invoiceId }, actor, outcome, promisedDate, note, at: new Date(at) },
      );
      if (completed && outcome === 'PROMISE_TO_PAY' && promisedDate) {
        await this.invoices.recordPromise(invoiceId, promisedDate, tx);
      }
      if (completed && outcome === 'DISPUTE') {
        await this.invoices.recordDispute(invoiceId, true, note ?? task.title, tx);
      }
      return { resumeAt: promisedDate ? endOfDay(promisedDate, dunningSettingsOf(task.company).timezone) : undefined };
    });
  }

  async escalateTask({
    taskId,
    idempotencyKey,
    at,
  }: Parameters<InvoiceActivities['escalateTask']>[0]): Promise<CreatedTask | null> {
    const task = await this.prisma.task.findUniqueOrThrow({
      where: { id: taskId },
      include: { assignee: { include: { manager: true } }, company: true },
    });
    if (task.status !== 'OPEN') {
      return null;
    }
    const manager =
      task.assignee?.manager ??
      (await this.prisma.user.findFirst({ where: { companyId: task.companyId, role: 'DIRECTOR', active: true } }));
    if (!manager) {
      return null;
    }
    const escalation = await this.tasks.createOnce({
      idempotencyKey,
      companyId: task.companyId,
      invoiceId: task.invoiceId ?? undefined,
      type: 'ESCALATION',
      title: `Escalade : « ${task.title} » non traitée${task.assignee ? ` par ${task.assignee.fullName}` : ''}`,
      description:
        `La tâche était due le ${task.dueAt.toLocaleDateString('fr-FR', { timeZone: companyTimeZone(task.company) })}. ${task.description ?? ''}`.trim(),
      assigneeId: manager.id,
      dueAt: addBusinessDays(new Date(at), 1, dunningSettingsOf(task.company)),
      parentTaskId: task.id,
    });
    await this.tasks.markEscalated(taskId, new Date(at));
    await this.audit.record({
      companyId: task.companyId,
      invoiceId: task.invoiceId ?? undefined,
      actorLabel: 'Acquitte',
      action: 'task.escalated',
      details: { taskId, escalationTaskId: escalation.id, to: manager.fullName },
    });
    return { taskId: escalation.id, dueAt: escalation.dueAt.toISOString() };
  }

  async closeTasks({ taskIds, reason, at }: Parameters<InvoiceActivities['closeTasks']>[0]): Promise<void> {
    await this.tasks.cancelOpen({ ids: taskIds }, reason, new Date(at));
  }
}
