import { Injectable } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums';
import type { User } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { formatEuros } from '../common/money';
import { approvalCircuitOf, companyTimeZone, dunningSettingsOf } from '../companies/company-settings';
import { addBusinessDays } from '../dunning/calendar';
import type { CreatedTask, InvoiceActivities } from '../../workflows/activities.contract';
import { loadInvoiceContext } from '../outreach/invoice-context';
import { OutreachService } from '../outreach/outreach.service';
import { withCents } from '../prisma/money-columns';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PrismaService } from '../prisma/prisma.service';
import { TaskRepository } from '../tasks/task.repository';
import { withHeartbeat } from '../temporal/heartbeat';
import { applicableLevels } from '../../workflows/approval-circuit';

type ApprovalActivityNames =
  | 'startApprovalRound'
  | 'openApprovalRound'
  | 'recordApprovalStage'
  | 'recordApprovalDecision'
  | 'remindApprovers'
  | 'escalateApproval'
  | 'businessDeadline';

const ESCALATION_TASK_DAYS = 2;

/** The approval circuit's doors to the world: rounds, decisions, reminders and escalations. */
@Injectable()
export class ApprovalActivities implements Pick<InvoiceActivities, ApprovalActivityNames> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly outreach: OutreachService,
    private readonly tasks: TaskRepository,
  ) {}

  async startApprovalRound({ invoiceId }: Parameters<InvoiceActivities['startApprovalRound']>[0]) {
    const invoice = withCents(
      await this.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { company: true } }),
    );
    // A retry after the round was recorded must not open another round: the round only moves on from REJECTED/DRAFT.
    const round =
      invoice.phase === 'AWAITING_APPROVAL' && invoice.approvalRound > 0
        ? invoice.approvalRound
        : invoice.approvalRound + 1;
    await this.invoices.startApprovalRound(invoiceId, round, invoice.phase === 'REJECTED' ? new Date() : undefined);
    return {
      round,
      createdById: invoice.createdById,
      totalExclTaxCents: invoice.totalExclTaxCents,
      circuit: approvalCircuitOf(invoice.company),
    };
  }

  async openApprovalRound(input: Parameters<InvoiceActivities['openApprovalRound']>[0]) {
    const round = await this.startApprovalRound(input);
    const [first, ...rest] = applicableLevels(round.circuit, round.totalExclTaxCents);
    if (first) {
      await this.recordApprovalStage({
        invoiceId: input.invoiceId,
        round: round.round,
        level: 1,
        levelsTotal: rest.length + 1,
        role: first.role,
      });
    }
    return round;
  }

  async recordApprovalStage({
    invoiceId,
    level,
    levelsTotal,
    role,
  }: Parameters<InvoiceActivities['recordApprovalStage']>[0]) {
    await this.invoices.recordApprovalStage(invoiceId, level, levelsTotal, role);
  }

  async recordApprovalDecision(input: Parameters<InvoiceActivities['recordApprovalDecision']>[0]) {
    const { invoiceId, round, level, role, approved, actor, comment, requestId, at } = input;
    await this.prisma.$transaction(async (tx) => {
      if (await tx.approvalDecision.findUnique({ where: { requestId } })) {
        return;
      }
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      await tx.approvalDecision.create({
        data: {
          invoiceId,
          round,
          level,
          role,
          outcome: approved ? 'APPROVED' : 'REJECTED',
          actorId: actor.userId,
          comment,
          requestId,
          decidedAt: new Date(at),
        },
      });
      if (!approved) {
        await this.invoices.markRejected(invoiceId, comment, tx);
      }
      const action = approved ? 'approval.approved' : 'approval.rejected';
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorId: actor.userId,
          actorLabel: actor.name,
          action,
          details: { round, level, role, comment: comment ?? null },
        },
        tx,
      );
    });
  }

  async remindApprovers({
    invoiceId,
    round,
    level,
    role,
    idempotencyKey,
  }: Parameters<InvoiceActivities['remindApprovers']>[0]) {
    await withHeartbeat(async () => {
      const ctx = await loadInvoiceContext(this.prisma, invoiceId);
      for (const approver of await this.approvers(ctx.companyId, role, ctx.createdById)) {
        await this.outreach.notifyUser({
          companyId: ctx.companyId,
          invoiceId,
          userId: approver.id,
          template: 'approval/reminder',
          vars: await this.approvalVars(invoiceId, approver, round, level),
          idempotencyKey: `${idempotencyKey}:${approver.id}`,
          step: `approval-${round}-${level}-reminder`,
        });
      }
    });
  }

  async escalateApproval({
    invoiceId,
    round,
    level,
    role,
    idempotencyKey,
    at,
  }: Parameters<InvoiceActivities['escalateApproval']>[0]): Promise<CreatedTask[]> {
    return withHeartbeat(async () => {
      const ctx = await loadInvoiceContext(this.prisma, invoiceId);
      const created: CreatedTask[] = [];
      const approvers = await this.approvers(ctx.companyId, role, ctx.createdById);
      const approverName = approvers.map((a) => a.fullName).join(', ');
      for (const manager of await this.managersOf(approvers, ctx.companyId)) {
        const vars = { ...(await this.approvalVars(invoiceId, manager, round, level)), approverName };
        const { subject, text } = this.outreach.render('tasks/approval-escalation', vars);
        const task = await this.tasks.createOnce({
          idempotencyKey: `${idempotencyKey}:${manager.id}`,
          companyId: ctx.companyId,
          invoiceId,
          type: 'APPROVAL_ESCALATION',
          title: subject ?? 'Validation de facture en attente',
          description: text,
          assigneeId: manager.id,
          dueAt: addBusinessDays(new Date(at), ESCALATION_TASK_DAYS, dunningSettingsOf(ctx.company)),
        });
        await this.outreach.notifyUser({
          companyId: ctx.companyId,
          invoiceId,
          userId: manager.id,
          template: 'approval/escalation',
          vars,
          idempotencyKey: `${idempotencyKey}:${manager.id}:notice`,
          step: `approval-${round}-${level}-escalation`,
        });
        created.push({ taskId: task.id, dueAt: task.dueAt.toISOString() });
      }
      return created;
    });
  }

  async businessDeadline({
    invoiceId,
    from,
    businessDays,
  }: Parameters<InvoiceActivities['businessDeadline']>[0]): Promise<string> {
    const invoice = await this.prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { company: true },
    });
    return addBusinessDays(new Date(from), businessDays, dunningSettingsOf(invoice.company)).toISOString();
  }

  /** Who decides a level: the creator's own manager when they hold the role, else everyone with it (never the creator). */
  private async approvers(companyId: string, role: Role, creatorId: string): Promise<User[]> {
    const creator = await this.prisma.user.findUniqueOrThrow({ where: { id: creatorId }, include: { manager: true } });
    if (creator.manager?.role === role && creator.manager.active) {
      return [creator.manager];
    }
    return this.prisma.user.findMany({
      where: { companyId, role, active: true, id: { not: creatorId } },
      orderBy: { createdAt: 'asc' },
    });
  }

  private async managersOf(users: User[], companyId: string): Promise<User[]> {
    const ids = [...new Set(users.map((u) => u.managerId).filter((id): id is string => Boolean(id)))];
    const managers = await this.prisma.user.findMany({ where: { id: { in: ids }, active: true } });
    return managers.length
      ? managers
      : this.prisma.user.findMany({ where: { companyId, role: 'DIRECTOR', active: true } });
  }

  private async approvalVars(
    invoiceId: string,
    recipient: { id: string; fullName: string },
    round: number,
    level: number,
  ) {
    const invoice = withCents(
      await this.prisma.invoice.findUniqueOrThrow({
        where: { id: invoiceId },
        include: { company: true, customer: true, createdBy: true },
      }),
    );
    return {
      recipientName: recipient.fullName,
      customerName: invoice.customer.name,
      totalAmount: formatEuros(invoice.totalInclTaxCents),
      invoiceReference: `brouillon n° ${invoice.id.slice(0, 8)}, tour ${round}`,
      creatorName: invoice.createdBy.fullName,
      waitingSince: (invoice.submittedAt ?? invoice.createdAt).toLocaleDateString('fr-FR', {
        timeZone: companyTimeZone(invoice.company),
      }),
      level,
      levels: invoice.approvalLevelsTotal ?? level,
      invoiceUrl: this.outreach.invoiceUrl(invoiceId),
    };
  }
}
