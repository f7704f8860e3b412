import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { Prisma, Task } from '../generated/prisma/client';
import type { NewTask } from './tasks.types';

@Injectable()
export class TasksService {
  constructor(private readonly prisma: PrismaService) {}

  /** Creates a task once per idempotency key; a retry gets the existing task back. */
  async createOnce(task: NewTask, tx: Prisma.TransactionClient = this.prisma): Promise<Task> {
    return tx.task.upsert({ where: { idempotencyKey: task.idempotencyKey }, create: task, update: {} });
  }

  /** The ADV user who takes unassigned back-office work in a company (first active ADV by creation). */
  async advUserId(companyId: string): Promise<string | undefined> {
    const adv = await this.prisma.user.findFirst({ where: { companyId, role: 'ADV', active: true }, orderBy: { createdAt: 'asc' } });
    return adv?.id;
  }
}
