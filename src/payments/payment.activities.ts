import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { AuditService } from '../audit/audit.service';
import type { InvoiceActivities } from '../../workflows/activities.contract';
import { InvoiceRepository } from '../invoices/invoice.repository';
import { PrismaService } from '../prisma/prisma.service';
import { RefusalType } from '../../workflows/invoice.contract';
import { withCents } from '../prisma/money-columns';

type PaymentInput = Parameters<InvoiceActivities['recordPayment']>[0];

/** Records a payment once per request: the balance and the payment move together or not at all. */
@Injectable()
export class PaymentActivities implements Pick<InvoiceActivities, 'recordPayment'> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
  ) {}

  async recordPayment(input: PaymentInput): Promise<{ paymentId: string; paidCents: number; balanceCents: number }> {
    return this.prisma.$transaction(async (tx) => {
      await this.invoices.lock(input.invoiceId, tx);
      const invoice = withCents(await tx.invoice.findUniqueOrThrow({ where: { id: input.invoiceId } }));
      const existing = await tx.payment.findUnique({ where: { requestId: input.requestId } });
      if (existing) {
        return { paymentId: existing.id, paidCents: invoice.paidCents, balanceCents: invoice.balanceCents };
      }
      if (input.amountCents > invoice.balanceCents) {
        throw ApplicationFailure.create({
          type: RefusalType.UNPROCESSABLE,
          nonRetryable: true,
          message: `Overpayment refused: the balance is ${invoice.balanceCents} cents`,
        });
      }
      const payment = await tx.payment.create({
        data: {
          invoiceId: input.invoiceId,
          amountCents: input.amountCents,
          paidAt: new Date(input.paidAt),
          method: input.method,
          reference: input.reference,
          recordedById: input.actor.userId,
          requestId: input.requestId,
        },
      });
      const paidCents = invoice.paidCents + input.amountCents;
      const balanceCents = invoice.balanceCents - input.amountCents;
      await this.invoices.recordBalances(
        input.invoiceId,
        { paidCents, balanceCents, settledAt: balanceCents === 0 ? payment.paidAt : null },
        tx,
      );
      await this.audit.record(
        {
          companyId: invoice.companyId,
          invoiceId: input.invoiceId,
          actorId: input.actor.userId,
          actorLabel: input.actor.name,
          action: 'payment.recorded',
          details: {
            paymentId: payment.id,
            amountCents: input.amountCents,
            method: input.method,
            paidAt: input.paidAt,
            balanceCents,
          },
        },
        tx,
      );
      return { paymentId: payment.id, paidCents, balanceCents };
    });
  }
}
