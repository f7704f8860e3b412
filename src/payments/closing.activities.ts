import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { dunningSettingsOf } from '../companies/company-settings';
import { DocumentsService } from '../documents/documents.service';
import { localDate } from '../dunning/calendar';
import type { InvoiceActivities } from '../../workflows/activities.contract';
import { formatFrenchDate } from '../messages/format';
import { loadInvoiceContext } from '../outreach/invoice-context';
import { invoiceVariables } from '../outreach/invoice-message-variables';
import { OutreachService } from '../outreach/outreach.service';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PrismaService } from '../prisma/prisma.service';
import { TaskRepository } from '../tasks/task.repository';
import { withHeartbeat } from '../temporal/heartbeat';
import { PAYMENT_METHOD_LABELS } from './payment-methods';

/** The end of an invoice's life: the "facture acquittée" for a paid one, and everything still pending called off. */
@Injectable()
export class ClosingActivities implements Pick<InvoiceActivities, 'sendReceipt' | 'closeInvoice'> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly tasks: TaskRepository,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
    private readonly outreach: OutreachService,
  ) {}

  async sendReceipt({ invoiceId, idempotencyKey }: { invoiceId: string; idempotencyKey: string }): Promise<void> {
    await withHeartbeat(async () => {
      const document = await this.documents.archiveReceiptPdf(invoiceId, `${idempotencyKey}:pdf`);
      const ctx = await loadInvoiceContext(this.prisma, invoiceId);
      const last = ctx.payments.at(-1);
      const timezone = dunningSettingsOf(ctx.company).timezone;
      const vars = {
        ...invoiceVariables(ctx),
        paymentDate: last ? formatFrenchDate(localDate(last.paidAt, timezone)) : '',
        paymentMethod: last ? PAYMENT_METHOD_LABELS[last.method] : '',
      };
      await this.outreach.emailCustomer({
        ctx,
        template: 'invoice/receipt',
        vars,
        idempotencyKey: `${idempotencyKey}:email`,
        step: 'receipt',
        documentIds: [document.id],
      });
    });
  }

  async closeInvoice({ invoiceId, outcome, at }: Parameters<InvoiceActivities['closeInvoice']>[0]): Promise<void> {
    const reason = outcome === 'PAID' ? 'Facture payée' : 'Facture entièrement créditée (avoir)';
    await this.prisma.$transaction(async (tx) => {
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      if (invoice.dunningStage === outcome) {
        return;
      }
      await tx.dunningStep.updateMany({ where: { invoiceId, state: 'PENDING' }, data: { state: 'CANCELLED', reason } });
      await this.tasks.cancelOpen({ invoiceId }, reason, new Date(at), tx);
      await this.invoices.recordClosed(invoiceId, outcome, invoice.settledAt ?? new Date(at), tx);
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorLabel: 'Acquitte',
          action: 'invoice.closed',
          details: { outcome },
        },
        tx,
      );
    });
  }
}
