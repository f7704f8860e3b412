import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { skipTake, type Page } from '../common/pagination';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import type { ListTasksQuery } from './dto/list-tasks.query';
import { taskInclude, TaskRepository, type TaskRow } from './task.repository';
import { toTaskView, type TaskView } from './task-view';

/** Roles that may list the whole company's tasks (mine=false); everyone else sees the tasks assigned to them. */
const COMPANY_TASK_VIEWERS: readonly Role[] = ['MANAGER', 'DIRECTOR', 'ADMIN'];

@Injectable()
export class TasksQueryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tasks: TaskRepository,
  ) {}

  async list(user: AuthUser, query: ListTasksQuery): Promise<Page<TaskView>> {
    const mine = query.mine ?? true;
    if (!mine && !COMPANY_TASK_VIEWERS.includes(user.role)) {
      throw new ForbiddenException(
        `Seeing every task of the company (mine=false) needs one of the roles ${COMPANY_TASK_VIEWERS.join(', ')}; you are ${user.role}`,
      );
    }
    const where: Prisma.TaskWhereInput = {
      companyId: user.companyId,
      status: query.status,
      type: query.type,
      invoiceId: query.invoiceId,
      ...(mine ? { assigneeId: user.id } : {}),
    };
    const [rows, total] = await this.prisma.$transaction(
      [
        this.prisma.task.findMany({
          where,
          include: taskInclude,
          orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
          ...skipTake(query),
        }),
        this.prisma.task.count({ where }),
      ],
      { isolationLevel: 'RepeatableRead' },
    ); // one snapshot: the page and its total agree while workflows create tasks
    const names = await this.completerNames(rows);
    return { data: rows.map((row) => toTaskView(row, user, names)), total, page: query.page, perPage: query.perPage };
  }

  async get(user: AuthUser, id: string): Promise<TaskView> {
    const row = await this.findOwned(user, id);
    return toTaskView(row, user, await this.completerNames([row]));
  }

  /** The task if it belongs to the caller's company, else 404 (never reveal other companies' ids). */
  async findOwned(user: AuthUser, id: string): Promise<TaskRow> {
    const row = await this.tasks.findInCompany(user.companyId, id);
    if (!row) {
      throw new NotFoundException(`Task ${id} not found`);
    }
    return row;
  }

  private async completerNames(rows: TaskRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.completedById).filter((id): id is string => !!id))];
    const users = ids.length
      ? await this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } })
      : [];
    return new Map(users.map((u) => [u.id, u.fullName]));
  }
}
