import type { TaskType } from '../generated/prisma/enums';

export interface NewTask {
  /** Workflow ID + step + action: creating the same task twice returns the first one. */
  idempotencyKey: string;
  companyId: string;
  invoiceId?: string;
  type: TaskType;
  title: string;
  description?: string;
  assigneeId?: string;
  dueAt: Date;
  parentTaskId?: string;
}
