import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { dunningSettingsOf } from '../companies/company-settings';
import { addBusinessDays } from '../dunning/calendar';
import { invoiceNumberOf } from '../outreach/invoice-context';
import { PrismaService } from '../prisma/prisma.service';
import { TaskRepository } from '../tasks/task.repository';
import type { PortalActivities as PortalActivitiesContract } from '../../workflows/portal.contract';
import { portalTaskText } from './portal-task-texts';

type Request = Parameters<PortalActivitiesContract['recordPortalRequest']>[0];

/** A customer's portal request: its audit event (actor "client", IP) and the staff task, in one transaction, once. */
@Injectable()
export class PortalActivities implements PortalActivitiesContract {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly tasks: TaskRepository,
  ) {}

  async recordPortalRequest({
    invoiceId,
    kind,
    actor,
    origin,
    details,
    idempotencyKey,
  }: Request): Promise<{ taskId: string }> {
    const existing = await this.prisma.task.findUnique({ where: { idempotencyKey } });
    if (existing) {
      return { taskId: existing.id };
    }
    const invoice = await this.prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { company: true, customer: { include: { owner: { include: { manager: true } } } } },
    });
    const text = portalTaskText(kind, invoice.customer.name, invoiceNumberOf(invoice), details);
    const assigneeId =
      kind === 'PAYMENT_PLAN_REQUESTED'
        ? (invoice.customer.owner?.manager?.id ?? (await this.firstUser(invoice.companyId, 'MANAGER')))
        : await this.tasks.advUserId(invoice.companyId);
    const dueAt = addBusinessDays(new Date(), 1, dunningSettingsOf(invoice.company));
    const task = await this.prisma.$transaction(async (tx) => {
      const created = await this.tasks.createOnce(
        {
          idempotencyKey,
          companyId: invoice.companyId,
          invoiceId,
          type: text.type,
          title: text.title,
          description: text.description,
          assigneeId,
          dueAt,
        },
        tx,
      );
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorId: actor.userId,
          actorLabel: actor.name,
          action: text.audit,
          details: { ...details, taskId: created.id },
          origin,
        },
        tx,
      );
      return created;
    });
    return { taskId: task.id };
  }

  private async firstUser(companyId: string, role: 'MANAGER'): Promise<string | undefined> {
    const user = await this.prisma.user.findFirst({
      where: { companyId, role, active: true },
      orderBy: { createdAt: 'asc' },
    });
    return user?.id;
  }
}
