import { ConflictException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { badRequest } from '../common/http-errors';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { actorOf, InvoiceActionsService } from '../invoices/invoice-actions.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { InvoicesService } from '../invoices/invoices.service';
import { PrismaService } from '../prisma/prisma.service';
import { recordPaymentUpdate } from '../../workflows/invoice.contract';
import type { RecordPaymentDto } from './dto/record-payment.dto';
import { withCents } from '../prisma/money-columns';

@Injectable()
export class PaymentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoicesService,
    private readonly actions: InvoiceActionsService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Recorded by the invoice's workflow (one writer for the balance); the Idempotency-Key makes a retry harmless. */
  async record(user: AuthUser, invoiceId: string, dto: RecordPaymentDto, idempotencyKey?: string) {
    if (Date.parse(dto.paidAt) > Date.now() + 5 * 60_000) {
      throw badRequest([{ field: 'paidAt', message: 'cannot be in the future' }]);
    }
    const invoice = await this.invoices.findOwned(user, invoiceId);
    if (invoice.phase !== 'ISSUED' && invoice.phase !== 'SENT') {
      throw new ConflictException(`Only an issued invoice can be paid (this one is ${invoice.phase})`);
    }
    await this.actions.requireWorkflow(user, invoiceId);
    const request = { action: 'payment', invoiceId, userId: user.id, key: idempotencyKey, payload: dto };
    const outcome = await this.idempotency.run(request, (requestId) =>
      this.workflows.update(invoiceId, recordPaymentUpdate, [{ actor: actorOf(user), requestId, ...dto }], requestId),
    );
    return { ...outcome, invoice: await this.invoices.get(user, invoiceId) };
  }

  async list(user: AuthUser, invoiceId: string) {
    await this.invoices.findOwned(user, invoiceId);
    const payments = withCents(
      await this.prisma.payment.findMany({ where: { invoiceId }, orderBy: { paidAt: 'asc' } }),
    );
    return payments.map(({ requestId: _requestId, ...payment }) => payment);
  }
}
