import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { dunningSettingsOf } from '../companies/company-settings';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PrismaService } from '../prisma/prisma.service';
import { nextOpening, nextSendWindow, plannedStepInstant } from './calendar';
import type { DunningActivities, DunningPlan, ImportedStart } from '../../workflows/activities.contract';
import { issuedView } from '../invoices/issuing.activities';
import { DunningActionsService } from './dunning-actions.service';
import type { DunningStepDefinition } from './policy';
import { PolicyResolver } from './policy-resolver';

/** Plans an invoice's dunning once (policy version recorded, instants computed) and records what each step did. */
@Injectable()
export class DunningActivitiesService implements DunningActivities {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly policies: PolicyResolver,
    private readonly actions: DunningActionsService,
  ) {}

  async planDunning({ invoiceId, at }: { invoiceId: string; at: string }): Promise<DunningPlan> {
    return this.planLoaded(await this.loadForPlan(invoiceId), at);
  }

  /** An imported invoice's first step in one local activity: its issued facts and its recorded plan, one read. */
  async startImportedDunning({ invoiceId, at }: { invoiceId: string; at: string }): Promise<ImportedStart> {
    const invoice = await this.loadForPlan(invoiceId);
    return { issued: issuedView(invoice, invoice.customer.name), plan: await this.planLoaded(invoice, at) };
  }

  private loadForPlan(invoiceId: string) {
    return this.prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { company: true, customer: true },
    });
  }

  private async planLoaded(
    invoice: Awaited<ReturnType<DunningActivitiesService['loadForPlan']>>,
    at: string,
  ): Promise<DunningPlan> {
    const invoiceId = invoice.id;
    const settings = dunningSettingsOf(invoice.company);
    const dueDate = invoice.dueDate!.toISOString().slice(0, 10);
    const version = invoice.dunningPolicyVersionId
      ? await this.prisma.dunningPolicyVersion.findUniqueOrThrow({
          where: { id: invoice.dunningPolicyVersionId },
          include: { policy: true },
        })
      : await this.policies.versionFor(invoice.customer, invoice.company);
    const steps = version.steps as unknown as DunningStepDefinition[];
    // Chosen now and recorded: later edits of the policy make new versions and never touch this invoice.
    await this.prisma.$transaction(async (tx) => {
      if (invoice.dunningPolicyVersionId) {
        return;
      }
      await this.invoices.recordPolicyVersion(invoiceId, version.id, tx);
      await tx.dunningStep.createMany({
        data: steps.map((step, position) => ({
          invoiceId,
          policyVersionId: version.id,
          stepKey: step.key,
          position,
          offsetDays: step.offsetDays,
          plannedAt: plannedStepInstant(dueDate, step.offsetDays, settings),
          actions: step.actions as unknown as Prisma.InputJsonValue,
        })),
        skipDuplicates: true,
      });
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorLabel: 'Acquitte',
          action: 'dunning.started',
          details: { policy: version.policy.code, version: version.version },
        },
        tx,
      );
    });
    const rows = await this.prisma.dunningStep.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
    return {
      policyCode: version.policy.code,
      policyVersion: version.version,
      dueAt: DateTime.fromISO(dueDate, { zone: settings.timezone }).startOf('day').toUTC().toISO()!,
      // A late start runs its catch-up step right after planning: the workflow needs no second call to ask.
      sendWindow: sendWindowOf(new Date(at), settings),
      steps: rows.map((row) => {
        const step = steps.find((s) => s.key === row.stepKey)!;
        return {
          key: row.stepKey,
          label: step.label,
          offsetDays: row.offsetDays,
          plannedAt: row.plannedAt.toISOString(),
          actions: step.actions,
          state: row.state,
        };
      }),
    };
  }

  async nextSendOpening({ invoiceId, at }: { invoiceId: string; at: string }): Promise<string> {
    const invoice = await this.prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { company: true },
    });
    return nextOpening(new Date(at), dunningSettingsOf(invoice.company)).toISOString();
  }

  async skipDunningStep({
    invoiceId,
    stepKey,
    reason,
  }: {
    invoiceId: string;
    stepKey: string;
    reason: string;
  }): Promise<void> {
    await this.prisma.dunningStep.updateMany({
      where: { invoiceId, stepKey, state: 'PENDING' },
      data: { state: 'SKIPPED', reason },
    });
  }

  async skipDunningSteps({
    invoiceId,
    stepKeys,
    reason,
  }: Parameters<DunningActivities['skipDunningSteps']>[0]): Promise<void> {
    await this.prisma.dunningStep.updateMany({
      where: { invoiceId, stepKey: { in: stepKeys }, state: 'PENDING' },
      data: { state: 'SKIPPED', reason },
    });
  }

  performDunningAction(input: Parameters<DunningActivities['performDunningAction']>[0]) {
    return this.actions.perform(input);
  }

  async completeDunningStep({
    invoiceId,
    stepKey,
    at,
    messageIds,
    taskIds,
  }: Parameters<DunningActivities['completeDunningStep']>[0]): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.dunningStep.updateMany({
        where: { invoiceId, stepKey, state: 'PENDING' },
        data: { state: 'DONE', executedAt: new Date(at), messageIds, taskIds },
      });
      if (count === 0) {
        return;
      }
      const invoice = await this.invoices.recordDunningStage(invoiceId, stepKey, tx);
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorLabel: 'Acquitte',
          action: 'dunning.step-done',
          details: { stepKey, messageIds, taskIds },
        },
        tx,
      );
    });
  }
}

function sendWindowOf(at: Date, settings: Parameters<typeof nextSendWindow>[1]): DunningPlan['sendWindow'] {
  const { start, end } = nextSendWindow(at, settings);
  return { opensAt: start.toISOString(), closesAt: end.toISOString() };
}
