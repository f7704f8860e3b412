import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { BankActivities } from '../../workflows/activities.contract';
import type { Actor } from '../../workflows/invoice.contract';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PrismaService } from '../prisma/prisma.service';
import { withCents } from '../prisma/money-columns';

type CancelInput = Parameters<BankActivities['cancelPayment']>[0];

/**
 * Undoes a payment: its row goes (balances read live payments only), the balance comes back, and a reversal keeps it
 * for the books (the FEC shows the payment and its cancellation) beside the audit trail.
 */
@Injectable()
export class PaymentCancellationActivities implements BankActivities {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
  ) {}

  async cancelPayment(input: CancelInput): Promise<{ paymentId: string; paidCents: number; balanceCents: number }> {
    return this.prisma.$transaction(async (tx) => {
      await this.invoices.lock(input.invoiceId, tx);
      const invoice = withCents(await tx.invoice.findUniqueOrThrow({ where: { id: input.invoiceId } }));
      const payment = await tx.payment.findUnique({ where: { requestId: input.paymentRequestId } });
      // Already cancelled (a retry): the invoice's figures are the answer.
      if (!payment) {
        return { paymentId: '', paidCents: invoice.paidCents, balanceCents: invoice.balanceCents };
      }
      const amountCents = Number(payment.amountCents);
      const paidCents = invoice.paidCents - amountCents;
      const balanceCents = invoice.balanceCents + amountCents;
      await tx.paymentReversal.create({
        data: {
          paymentId: payment.id,
          paymentRequestId: payment.requestId,
          invoiceId: payment.invoiceId,
          amountCents: payment.amountCents,
          paidAt: payment.paidAt,
          method: payment.method,
          reference: payment.reference,
          reason: input.reason,
          cancelledById: input.actor.userId,
        },
      });
      await tx.payment.delete({ where: { id: payment.id } });
      await this.invoices.recordBalances(input.invoiceId, { paidCents, balanceCents, settledAt: null }, tx);
      const details = {
        paymentId: payment.id,
        amountCents,
        paidAt: payment.paidAt.toISOString(),
        method: payment.method,
        reference: payment.reference,
        paymentRequestId: input.paymentRequestId,
        requestId: input.requestId,
        reason: input.reason,
        balanceCents,
      };
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId: input.invoiceId,
          actorId: input.actor.userId,
          actorLabel: input.actor.name,
          action: 'payment.cancelled',
          details,
        },
        tx,
      );
      return { paymentId: payment.id, paidCents, balanceCents };
    });
  }

  /**
   * A closed (paid) invoice whose payment was undone goes back to dunning: the steps its closing cancelled are pending
   * again, so the new run's catch-up rule runs only the latest one due.
   */
  async reopenPaidInvoice(invoiceId: string, actor: Actor, reason: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      if (invoice.dunningStage !== 'PAID') {
        return;
      }
      await tx.dunningStep.updateMany({
        where: { invoiceId, state: 'CANCELLED', reason: 'Facture payée' },
        data: { state: 'PENDING', reason: null },
      });
      const lastDone = await tx.dunningStep.findFirst({
        where: { invoiceId, state: 'DONE' },
        orderBy: { position: 'desc' },
      });
      await this.invoices.recordReopened(invoiceId, lastDone?.stepKey ?? null, tx);
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId,
          actorId: actor.userId,
          actorLabel: actor.name,
          action: 'invoice.reopened',
          details: { reason },
        },
        tx,
      );
    });
  }
}
