import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import { localDate } from '../dunning/calendar';
import type { TaskType } from '../generated/prisma/enums';
import { actorOf, InvoiceActionsService } from '../invoices/invoice-actions.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { PrismaService } from '../prisma/prisma.service';
import { completeTaskUpdate } from '../../workflows/invoice.contract';
import type { CompleteTaskDto } from './dto/complete-task.dto';
import { recordTaskCompletion } from './task-completion-record';
import { TaskRepository, type TaskRow } from './task.repository';
import { mayComplete, TASK_COMPLETERS } from './task-view';
import { TasksQueryService } from './tasks-query.service';

/** Tasks the invoice workflow created and keeps track of; an uncertain-message check belongs to the message ledger. */
const WORKFLOW_TASK_TYPES: ReadonlySet<TaskType> = new Set<TaskType>([
  'CALL',
  'ESCALATION',
  'APPROVAL_ESCALATION',
  'POST_FORMAL_NOTICE',
]);

/** Completing a task: through its invoice's workflow while it runs (a promise or dispute changes dunning), else recorded directly. */
@Injectable()
export class TaskCompletionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly invoiceActions: InvoiceActionsService,
    private readonly taskQueries: TasksQueryService,
    private readonly tasks: TaskRepository,
  ) {}

  async complete(user: AuthUser, id: string, dto: CompleteTaskDto, origin: RequestOrigin): Promise<void> {
    const task = await this.taskQueries.findOwned(user, id);
    if (!mayComplete(user, task)) {
      throw new ForbiddenException(
        `Only the assignee or one of the roles ${TASK_COMPLETERS.join(', ')} may complete this task`,
      );
    }
    if (task.status !== 'OPEN') {
      throw new ConflictException(`The task is already ${task.status}`);
    }
    await this.checkOutcome(user, dto);
    const running = task.invoiceId && task.invoice?.workflowId && (await this.workflows.isRunning(task.invoiceId));
    if (running && WORKFLOW_TASK_TYPES.has(task.type)) {
      await this.workflows.update(task.invoiceId!, completeTaskUpdate, [
        { actor: actorOf(user), taskId: id, outcome: dto.outcome, promisedDate: dto.promisedDate, note: dto.note },
      ]);
      return;
    }
    if (running) {
      await this.applyToInvoice(user, task.invoiceId!, dto);
    }
    await this.record(user, task, dto, origin);
  }

  private async checkOutcome(user: AuthUser, { outcome, promisedDate, note }: CompleteTaskDto): Promise<void> {
    if (outcome === 'DISPUTE' && !note?.trim()) {
      throw badRequest([{ field: 'note', message: 'the reason of the dispute is required' }]);
    }
    if (outcome !== 'PROMISE_TO_PAY') {
      if (promisedDate) {
        throw badRequest([{ field: 'promisedDate', message: 'only with the outcome PROMISE_TO_PAY' }]);
      }
      return;
    }
    if (!promisedDate) {
      throw badRequest([{ field: 'promisedDate', message: 'required with the outcome PROMISE_TO_PAY' }]);
    }
    const today = localDate(new Date(), await this.companies.timezone(user.companyId));
    if (promisedDate < today) {
      throw badRequest([{ field: 'promisedDate', message: `must be today (${today}) or later` }]);
    }
  }

  /** A task the workflow does not track still reports a promise or a dispute to it, through the invoice actions. */
  private async applyToInvoice(user: AuthUser, invoiceId: string, dto: CompleteTaskDto): Promise<void> {
    if (dto.outcome === 'PROMISE_TO_PAY') {
      await this.invoiceActions.promise(user, invoiceId, dto.promisedDate!);
    }
    if (dto.outcome === 'DISPUTE') {
      await this.invoiceActions.dispute(user, invoiceId, dto.note!);
    }
  }

  /** The same record as the workflow's completeTask activity; a concurrent completion is a 409 here. */
  private async record(user: AuthUser, task: TaskRow, dto: CompleteTaskDto, origin: RequestOrigin): Promise<void> {
    const { outcome, promisedDate, note } = dto;
    await this.prisma.$transaction(async (tx) => {
      const completion = {
        task,
        actor: { userId: user.id, name: user.fullName },
        outcome,
        promisedDate,
        note,
        at: new Date(),
        origin,
      };
      if (!(await recordTaskCompletion(tx, { tasks: this.tasks, audit: this.audit }, completion))) {
        throw new ConflictException('The task was completed meanwhile');
      }
    });
  }
}
