import { ConflictException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { badRequest } from '../common/http-errors';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { toMilli } from '../common/money';
import { actorOf, InvoiceActionsService } from '../invoices/invoice-actions.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { InvoicesService } from '../invoices/invoices.service';
import { PrismaService } from '../prisma/prisma.service';
import { issueCreditNoteUpdate } from '../../workflows/invoice.contract';
import type { IssueCreditNoteDto } from './dto/issue-credit-note.dto';
import { withCents } from '../prisma/money-columns';

@Injectable()
export class CreditNotesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invoices: InvoicesService,
    private readonly actions: InvoiceActionsService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async issue(user: AuthUser, invoiceId: string, dto: IssueCreditNoteDto, idempotencyKey?: string) {
    if (dto.full && dto.lines?.length) {
      throw badRequest([{ field: 'lines', message: 'must be empty for a full credit note' }]);
    }
    const invoice = await this.invoices.findOwned(user, invoiceId);
    if (invoice.phase !== 'ISSUED' && invoice.phase !== 'SENT') {
      throw new ConflictException(
        `Only an issued invoice can be credited (this one is ${invoice.phase}): edit the draft instead`,
      );
    }
    await this.actions.requireWorkflow(user, invoiceId);
    const lines = (dto.lines ?? []).map((line) => ({
      invoiceLineId: line.invoiceLineId,
      quantityMilli: toMilli(line.quantity),
    }));
    const request = { action: 'credit-note', invoiceId, userId: user.id, key: idempotencyKey, payload: dto };
    const input = (requestId: string) => ({
      actor: actorOf(user),
      requestId,
      reason: dto.reason,
      full: Boolean(dto.full),
      lines,
    });
    const outcome = await this.idempotency.run(request, (requestId) =>
      this.workflows.update(invoiceId, issueCreditNoteUpdate, [input(requestId)], requestId),
    );
    return { ...outcome, invoice: await this.invoices.get(user, invoiceId) };
  }

  async list(user: AuthUser, invoiceId: string) {
    await this.invoices.findOwned(user, invoiceId);
    const notes = withCents(
      await this.prisma.creditNote.findMany({
        where: { invoiceId },
        include: { lines: true, documents: { select: { id: true, fileName: true } } },
        orderBy: { createdAt: 'asc' },
      }),
    );
    return notes.map(({ requestId: _requestId, ...note }) => ({
      ...note,
      lines: note.lines.map((l) => ({ ...l, quantity: l.quantityMilli / 1000 })),
    }));
  }
}
