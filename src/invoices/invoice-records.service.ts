import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { DocumentsService } from '../documents/documents.service';
import type { DunningStepDefinition } from '../dunning/policy';
import { MessageRepository } from '../notifications/message.repository';
import { PrismaService } from '../prisma/prisma.service';
import { InvoicesService } from './invoices.service';
import type { DocumentViewDto, DunningScheduleDto, TimelineEntryDto } from './invoice-records.responses';

export type TimelineEntry = TimelineEntryDto;

/** What happened to an invoice: its documents, messages, timeline and dunning schedule (read-only views). */
@Injectable()
export class InvoiceRecordsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly messages: MessageRepository,
    private readonly invoices: InvoicesService,
    private readonly documents: DocumentsService,
  ) {}

  async documentsOf(user: AuthUser, invoiceId: string): Promise<DocumentViewDto[]> {
    await this.invoices.findOwned(user, invoiceId);
    const rows = await this.prisma.document.findMany({ where: { invoiceId }, orderBy: { createdAt: 'asc' } });
    return rows.map((d) => ({
      id: d.id,
      kind: d.kind,
      fileName: d.fileName,
      sha256: d.sha256,
      sizeBytes: d.sizeBytes,
      createdAt: d.createdAt.toISOString(),
      downloadUrl: `/documents/${d.id}/download`,
    }));
  }

  async download(user: AuthUser, documentId: string) {
    const document = await this.prisma.document.findFirst({ where: { id: documentId, companyId: user.companyId } });
    if (!document) {
      throw new NotFoundException(`Document ${documentId} not found`);
    }
    return this.documents.read(documentId);
  }

  async preview(user: AuthUser, invoiceId: string): Promise<Buffer> {
    await this.invoices.findOwned(user, invoiceId);
    return this.documents.previewInvoice(invoiceId);
  }

  async messagesOf(user: AuthUser, invoiceId: string) {
    await this.invoices.findOwned(user, invoiceId);
    const rows = await this.messages.ofInvoice(invoiceId);
    return rows.map(({ idempotencyKey: _key, ...message }) => message);
  }

  async historyOf(user: AuthUser, invoiceId: string): Promise<TimelineEntry[]> {
    await this.invoices.findOwned(user, invoiceId);
    const [events, messages, documents] = await Promise.all([
      this.prisma.auditEvent.findMany({ where: { invoiceId } }),
      this.messages.ofInvoice(invoiceId),
      this.prisma.document.findMany({ where: { invoiceId } }),
    ]);
    const entries: TimelineEntry[] = [
      ...events.map((e) => ({
        at: e.createdAt.toISOString(),
        kind: 'EVENT' as const,
        action: e.action,
        actor: e.actorLabel,
        summary: e.action,
        details: { ...(e.details as object), ip: e.ip },
      })),
      ...messages.map((m) => ({
        at: (m.sentAt ?? m.createdAt).toISOString(),
        kind: 'MESSAGE' as const,
        action: `message.${m.channel.toLowerCase()}`,
        actor: 'Acquitte',
        summary: `${m.channel} ${m.step} → ${m.recipient} (${m.status})`,
        details: {
          id: m.id,
          channel: m.channel,
          step: m.step,
          recipient: m.recipient,
          status: m.status,
          subject: m.subject,
          providerId: m.providerId,
          readAt: m.readAt,
        },
      })),
      ...documents.map((d) => ({
        at: d.createdAt.toISOString(),
        kind: 'DOCUMENT' as const,
        action: `document.${d.kind.toLowerCase()}`,
        actor: 'Acquitte',
        summary: d.fileName,
        details: { id: d.id, kind: d.kind, sha256: d.sha256 },
      })),
    ];
    return entries.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** Every step of the chosen policy version with its planned instant and what became of it. */
  async scheduleOf(user: AuthUser, invoiceId: string): Promise<DunningScheduleDto> {
    const invoice = await this.invoices.findOwned(user, invoiceId);
    const version = invoice.dunningPolicyVersionId
      ? await this.prisma.dunningPolicyVersion.findUnique({
          where: { id: invoice.dunningPolicyVersionId },
          include: { policy: true },
        })
      : null;
    const steps = await this.prisma.dunningStep.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
    const messages = await this.messages.withIds(steps.flatMap((s) => s.messageIds));
    const definitions = (version?.steps ?? []) as unknown as DunningStepDefinition[];
    return {
      policy: version ? { code: version.policy.code, name: version.policy.name, version: version.version } : null,
      paused: invoice.disputed
        ? { reason: 'DISPUTE', detail: invoice.disputeReason }
        : invoice.promisedPaymentDate
          ? { reason: 'PROMISE_TO_PAY', until: invoice.promisedPaymentDate.toISOString().slice(0, 10) }
          : null,
      steps: steps.map((s) => ({
        key: s.stepKey,
        label: definitions.find((d) => d.key === s.stepKey)?.label ?? s.stepKey,
        offsetDays: s.offsetDays,
        plannedAt: s.plannedAt.toISOString(),
        actions: s.actions,
        state: s.state,
        reason: s.reason,
        executedAt: s.executedAt?.toISOString() ?? null,
        messages: messages
          .filter((m) => s.messageIds.includes(m.id))
          .map((m) => ({
            id: m.id,
            channel: m.channel,
            recipient: m.recipient,
            status: m.status,
            providerId: m.providerId,
          })),
        taskIds: s.taskIds,
      })),
      paymentPlan: await this.invoices.paymentPlanOf(invoice),
    };
  }
}
