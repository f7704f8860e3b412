import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { dunningSettingsOf } from '../companies/company-settings';
import { DocumentsService } from '../documents/documents.service';
import { addDays, localDate } from '../dunning/calendar';
import type { Invoice } from '../generated/prisma/client';
import { loadInvoiceContext } from '../outreach/invoice-context';
import { invoiceVariables } from '../outreach/invoice-message-variables';
import { OutreachService } from '../outreach/outreach.service';
import { PrismaService } from '../prisma/prisma.service';
import { withHeartbeat } from '../temporal/heartbeat';
import type { InvoiceActivities, IssuedInvoice } from '../../workflows/activities.contract';
import { InvoiceRepository } from './invoice.repository';
import { formatNumber, nextInSeries, SERIALIZED_TX } from './numbering';
import { centsOf } from '../prisma/money-columns';

type IssuingActivityNames = 'issueInvoice' | 'loadIssuedInvoice' | 'scheduleSending' | 'sendInvoice';

/** Legal numbering, the invoice PDF and its sending. */
@Injectable()
export class IssuingActivities implements Pick<InvoiceActivities, IssuingActivityNames> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
    private readonly outreach: OutreachService,
  ) {}

  /** Assigns the next number of the series once: a retry finds the number already there. */
  async issueInvoice({ invoiceId, at }: { invoiceId: string; at: string }): Promise<IssuedInvoice> {
    await this.prisma.$transaction(async (tx) => {
      await this.invoices.lock(invoiceId, tx);
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { company: true } });
      if (invoice.number) {
        return;
      }
      const issueDate = localDate(new Date(at), dunningSettingsOf(invoice.company).timezone);
      const year = Number(issueDate.slice(0, 4));
      const sequence = await nextInSeries(tx, {
        companyId: invoice.companyId,
        kind: 'INVOICE',
        series: invoice.series,
        year,
      });
      const number = formatNumber(invoice.company.invoicePrefix, invoice.series, year, sequence);
      const dueDate = addDays(issueDate, invoice.paymentTermsDays);
      await this.invoices.recordIssued(invoiceId, { number, sequence, year, issueDate, dueDate }, tx);
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorLabel: 'Acquitte',
          action: 'invoice.issued',
          details: { number, issueDate, dueDate },
        },
        tx,
      );
    }, SERIALIZED_TX);
    return this.loadIssuedInvoice({ invoiceId });
  }

  async loadIssuedInvoice({ invoiceId }: { invoiceId: string }): Promise<IssuedInvoice> {
    const invoice = await this.prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { customer: true },
    });
    return issuedView(invoice, invoice.customer.name);
  }

  async scheduleSending({
    invoiceId,
    actor,
    scheduledAt,
  }: Parameters<InvoiceActivities['scheduleSending']>[0]): Promise<void> {
    const invoice = await this.invoices.scheduleSending(invoiceId, scheduledAt);
    const action = scheduledAt ? 'invoice.send-scheduled' : 'invoice.send-requested';
    await this.audit.record({
      companyId: invoice.companyId,
      invoiceId,
      actorId: actor.userId,
      actorLabel: actor.name,
      action,
      details: { scheduledAt },
    });
  }

  /** PDF/A rendered and archived, emailed to the billing contact, status "En attente envoyée". */
  async sendInvoice({
    invoiceId,
    idempotencyKey,
    at,
  }: Parameters<InvoiceActivities['sendInvoice']>[0]): Promise<{ sentAt: string }> {
    return withHeartbeat(async () => {
      const document = await this.documents.archiveInvoicePdf(invoiceId, `${idempotencyKey}:pdf`);
      const ctx = await loadInvoiceContext(this.prisma, invoiceId);
      const message = await this.outreach.emailCustomer({
        ctx,
        template: 'invoice/sent',
        vars: invoiceVariables(ctx),
        idempotencyKey: `${idempotencyKey}:email`,
        step: 'send',
        documentIds: [document.id],
      });
      const sentAt = ctx.sentAt ?? new Date(at);
      if (ctx.phase !== 'SENT') {
        await this.prisma.$transaction(async (tx) => {
          await this.invoices.markSent(invoiceId, sentAt, tx);
          await this.audit.record(
            {
              companyId: ctx.companyId,
              invoiceId,
              actorLabel: 'Acquitte',
              action: 'invoice.sent',
              details: { messageId: message.id, documentId: document.id, to: message.recipient },
            },
            tx,
          );
        });
      }
      return { sentAt: sentAt.toISOString() };
    });
  }
}

export function issuedView(invoice: Invoice, customerName: string): IssuedInvoice {
  return {
    number: invoice.number ?? invoice.externalNumber ?? '',
    issueDate: invoice.issueDate!.toISOString().slice(0, 10),
    dueDate: invoice.dueDate!.toISOString().slice(0, 10),
    customerId: invoice.customerId,
    customerName,
    totalInclTaxCents: centsOf(invoice.totalInclTaxCents),
    paidCents: centsOf(invoice.paidCents),
    creditedCents: centsOf(invoice.creditedCents),
  };
}
