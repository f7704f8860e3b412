import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import type { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { formatEuros } from '../common/money';
import { dunningSettingsOf } from '../companies/company-settings';
import { DocumentsService } from '../documents/documents.service';
import { localDate } from '../dunning/calendar';
import type { InvoiceActivities } from '../../workflows/activities.contract';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { formatNumber, nextInSeries, SERIALIZED_TX } from '../invoices/numbering';
import { formatFrenchDate } from '../messages/format';
import { loadInvoiceContext } from '../outreach/invoice-context';
import { invoiceVariables } from '../outreach/invoice-message-variables';
import { OutreachService } from '../outreach/outreach.service';
import { withCents } from '../prisma/money-columns';
import { PrismaService } from '../prisma/prisma.service';
import { withHeartbeat } from '../temporal/heartbeat';
import { RefusalType } from '../../workflows/invoice.contract';
import { creditNoteAmounts, type CreditableInvoice } from './credit-note-amounts';

type CreditNoteInput = Parameters<InvoiceActivities['issueCreditNote']>[0];

const unprocessable = (message: string) =>
  ApplicationFailure.create({ type: RefusalType.UNPROCESSABLE, nonRetryable: true, message });

/** Credit notes (avoirs): their own legal series, always linked to the invoice, never beyond what remains due. */
@Injectable()
export class CreditNoteActivities implements Pick<InvoiceActivities, 'issueCreditNote' | 'deliverCreditNote'> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
    private readonly outreach: OutreachService,
  ) {}

  async issueCreditNote(input: CreditNoteInput) {
    return this.prisma.$transaction(async (tx) => {
      await this.invoices.lock(input.invoiceId, tx);
      const invoice = withCents(
        await tx.invoice.findUniqueOrThrow({
          where: { id: input.invoiceId },
          include: {
            company: true,
            lines: { orderBy: { position: 'asc' } },
            creditNotes: { include: { lines: true } },
          },
        }),
      );
      const existing = invoice.creditNotes.find((c) => c.requestId === input.requestId);
      if (existing) {
        return {
          creditNoteId: existing.id,
          number: existing.number,
          totalInclTaxCents: existing.totalInclTaxCents,
          creditedCents: invoice.creditedCents,
          balanceCents: invoice.balanceCents,
        };
      }
      const amounts = computeOrRefuse(invoice, input);
      if (amounts.totalInclTaxCents > invoice.balanceCents) {
        throw unprocessable(
          `The credit note (${formatEuros(amounts.totalInclTaxCents)}) exceeds what remains due (${formatEuros(invoice.balanceCents)}): payments already received must be refunded separately`,
        );
      }
      const issueDate = localDate(new Date(input.at), dunningSettingsOf(invoice.company).timezone);
      const year = Number(issueDate.slice(0, 4));
      const sequence = await nextInSeries(tx, { companyId: invoice.companyId, kind: 'CREDIT_NOTE', series: '', year });
      const number = formatNumber(invoice.company.creditNotePrefix, '', year, sequence);
      const creditNote = await tx.creditNote.create({
        data: {
          companyId: invoice.companyId,
          invoiceId: invoice.id,
          number,
          sequence,
          year,
          reason: input.reason,
          full: input.full,
          issueDate: new Date(issueDate),
          totalExclTaxCents: amounts.totalExclTaxCents,
          totalTaxCents: amounts.totalTaxCents,
          totalInclTaxCents: amounts.totalInclTaxCents,
          vatBreakdown: amounts.vatBreakdown as unknown as Prisma.InputJsonValue,
          createdById: input.actor.userId,
          requestId: input.requestId,
          lines: { create: amounts.lines },
        },
      });
      const creditedCents = invoice.creditedCents + amounts.totalInclTaxCents;
      const balanceCents = invoice.balanceCents - amounts.totalInclTaxCents;
      await this.invoices.recordBalances(
        invoice.id,
        { creditedCents, balanceCents, settledAt: balanceCents === 0 ? new Date(input.at) : null },
        tx,
      );
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId: invoice.id,
          actorId: input.actor.userId,
          actorLabel: input.actor.name,
          action: 'credit-note.issued',
          details: {
            creditNoteId: creditNote.id,
            number,
            totalInclTaxCents: amounts.totalInclTaxCents,
            full: input.full,
            reason: input.reason,
          },
        },
        tx,
      );
      return {
        creditNoteId: creditNote.id,
        number,
        totalInclTaxCents: amounts.totalInclTaxCents,
        creditedCents,
        balanceCents,
      };
    }, SERIALIZED_TX);
  }

  async deliverCreditNote({
    creditNoteId,
    idempotencyKey,
  }: {
    creditNoteId: string;
    idempotencyKey: string;
  }): Promise<void> {
    await withHeartbeat(async () => {
      const document = await this.documents.archiveCreditNotePdf(creditNoteId, `${idempotencyKey}:pdf`);
      const creditNote = withCents(await this.prisma.creditNote.findUniqueOrThrow({ where: { id: creditNoteId } }));
      const ctx = await loadInvoiceContext(this.prisma, creditNote.invoiceId);
      const vars = {
        ...invoiceVariables(ctx),
        creditNoteNumber: creditNote.number,
        creditNoteDate: formatFrenchDate(creditNote.issueDate.toISOString().slice(0, 10)),
        creditNoteAmount: formatEuros(creditNote.totalInclTaxCents),
      };
      await this.outreach.emailCustomer({
        ctx,
        template: 'invoice/credit-note',
        vars,
        idempotencyKey: `${idempotencyKey}:email`,
        step: `credit-note-${creditNote.number}`,
        documentIds: [document.id],
      });
    });
  }
}

function computeOrRefuse(invoice: CreditableInvoice, input: CreditNoteInput) {
  try {
    return creditNoteAmounts(invoice, input.full ? 'ALL_REMAINING' : input.lines);
  } catch (error) {
    throw unprocessable((error as Error).message);
  }
}
