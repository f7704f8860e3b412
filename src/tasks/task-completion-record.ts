import type { AuditService } from '../audit/audit.service';
import type { RequestOrigin } from '../auth/decorators';
import type { Prisma } from '../generated/prisma/client';
import type { TaskOutcome } from '../generated/prisma/enums';
import type { TaskRepository } from './task.repository';

export interface TaskCompletion {
  task: { id: string; companyId: string; invoiceId: string | null; title: string };
  actor: { userId: string; name: string };
  outcome: TaskOutcome;
  promisedDate?: string;
  note?: string;
  at: Date;
  origin?: RequestOrigin;
}

/** Marks an OPEN task done and audits it, in the caller's transaction; false when it was no longer open (retry or race). */
export async function recordTaskCompletion(
  tx: Prisma.TransactionClient,
  owners: { tasks: TaskRepository; audit: AuditService },
  completion: TaskCompletion,
): Promise<boolean> {
  const { task, actor, outcome, promisedDate, note, at, origin } = completion;
  if (!(await owners.tasks.markDone(task.id, { outcome, promisedDate, note, at, completedById: actor.userId }, tx))) {
    return false;
  }
  const details = {
    taskId: task.id,
    title: task.title,
    outcome,
    promisedDate: promisedDate ?? null,
    note: note ?? null,
  };
  await owners.audit.record(
    {
      companyId: task.companyId,
      invoiceId: task.invoiceId ?? undefined,
      actorId: actor.userId,
      actorLabel: actor.name,
      action: 'task.completed',
      details,
      origin,
    },
    tx,
  );
  return true;
}
