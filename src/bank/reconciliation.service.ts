import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import type { BankLineStatus } from '../generated/prisma/client';
import { actorOf } from '../invoices/invoice-actions.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { PrismaService } from '../prisma/prisma.service';
import { cancelPaymentUpdate } from '../../workflows/bank.contract';
import { BankRepository, type BankLineRow } from './bank.repository';
import type { BankLineDto, BankLinePageDto } from './bank.responses';
import type { ApplyBankLineDto } from './dto/bank-line-actions.dto';
import { MatchApplicationService } from './match-application.service';
import type { Suggestion } from './matching/suggest';
import { loadOpenInvoices } from './open-invoices';
import { PaymentCancellationActivities } from './payment-cancellation.activities';

/** The "À rapprocher" queue: list lines, apply one by hand (suggestion, searched invoice, split), ignore it, undo a match. */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly bank: BankRepository,
    private readonly application: MatchApplicationService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly cancellation: PaymentCancellationActivities,
    private readonly audit: AuditService,
  ) {}

  async list(
    user: AuthUser,
    filter: { status?: BankLineStatus; statementId?: string },
    page: { page: number; perPage: number },
  ): Promise<BankLinePageDto> {
    const { rows, total } = await this.bank.lines(user.companyId, filter, {
      skip: (page.page - 1) * page.perPage,
      take: page.perPage,
    });
    return { data: rows.map(toLineView), total };
  }

  async get(user: AuthUser, id: string): Promise<BankLineDto> {
    return toLineView(await this.line(user, id));
  }

  /** Each allocation at most the invoice's balance, all of them at most the transfer; what is left becomes a credit. */
  async apply(user: AuthUser, id: string, dto: ApplyBankLineDto): Promise<BankLineDto> {
    const line = await this.line(user, id);
    if (line.status !== 'TO_MATCH') {
      throw new ConflictException(`Cette ligne n'est pas à rapprocher (elle est ${line.status})`);
    }
    const invoices = await loadOpenInvoices(
      this.prisma,
      user.companyId,
      dto.allocations.map((a) => a.invoiceId),
    );
    const fields = dto.allocations.flatMap((allocation, i) => {
      const invoice = invoices.find((inv) => inv.id === allocation.invoiceId);
      if (!invoice) {
        return [
          {
            field: `allocations.${i}.invoiceId`,
            message: 'no open invoice with a balance has this id in your company',
          },
        ];
      }
      if (allocation.amountCents > invoice.balanceCents) {
        return [
          {
            field: `allocations.${i}.amountCents`,
            message: `exceeds the balance of ${invoice.number} (${invoice.balanceCents} cents)`,
          },
        ];
      }
      return [];
    });
    if (fields.length > 0) {
      throw badRequest(fields);
    }
    if (new Set(dto.allocations.map((a) => a.invoiceId)).size !== dto.allocations.length) {
      throw badRequest([{ field: 'allocations', message: 'an invoice appears twice' }]);
    }
    const total = dto.allocations.reduce((sum, a) => sum + a.amountCents, 0);
    if (total > line.amountCents) {
      throw new UnprocessableEntityException(
        `The allocations (${total} cents) exceed the transfer (${line.amountCents} cents)`,
      );
    }
    const allocations = dto.allocations.map((a) => ({
      ...a,
      number: invoices.find((inv) => inv.id === a.invoiceId)?.number ?? '',
    }));
    const suggested = (line.suggestions as unknown as Suggestion[]).find((s) => sameAllocations(s, allocations));
    const first = invoices.find((inv) => inv.id === allocations[0].invoiceId);
    await this.application.apply(
      user,
      { ...line, companyId: user.companyId },
      {
        allocations,
        customerId: first?.customerId ?? '',
        reason: suggested ? `Suggestion acceptée : ${suggested.reason}` : 'Rapprochement manuel',
        confidence: suggested?.confidence ?? 100,
        automatic: false,
      },
    );
    return this.get(user, id);
  }

  async ignore(user: AuthUser, id: string, reason: string): Promise<BankLineDto> {
    const line = await this.line(user, id);
    if (line.status !== 'TO_MATCH') {
      throw new ConflictException(`Cette ligne n'est pas à rapprocher (elle est ${line.status})`);
    }
    await this.bank.setStatus(id, 'IGNORED', reason);
    await this.audit.recordByUser(user, { action: 'bank.line-ignored', details: { bankLineId: id, reason } });
    return this.get(user, id);
  }

  /**
   * Cancels the payment in the invoice's workflow (its balance returns, dunning resumes where the policy stands).
   * A run that already ended (paid, closed) is reopened: payment cancelled, cancelled steps pending again, and a new
   * run of invoice-<id> started in REOPENED mode, straight to dunning.
   */
  async undo(user: AuthUser, matchId: string, reason: string): Promise<BankLineDto> {
    const match = await this.bank.match(user.companyId, matchId);
    if (!match) {
      throw new NotFoundException(`Bank match ${matchId} not found`);
    }
    if (match.state !== 'APPLIED') {
      throw new ConflictException('Ce rapprochement est déjà annulé');
    }
    const invoice = await this.prisma.invoice.findUniqueOrThrow({
      where: { id: match.invoiceId },
      include: { customer: { select: { name: true } } },
    });
    if (invoice.dunningStage === 'CREDITED') {
      throw new ConflictException('La facture a été entièrement créditée : le paiement ne peut plus être annulé');
    }
    const cancel = {
      actor: actorOf(user),
      requestId: `undo:${match.requestId}`,
      paymentRequestId: match.requestId,
      reason,
    };
    if (invoice.dunningStage === 'PAID') {
      const outcome = await this.cancellation.cancelPayment({ invoiceId: invoice.id, ...cancel });
      await this.cancellation.reopenPaidInvoice(invoice.id, cancel.actor, reason);
      const info = {
        invoiceId: invoice.id,
        customerId: invoice.customerId,
        customerName: invoice.customer.name,
        balanceCents: outcome.balanceCents,
        status: 'SENT',
      };
      await this.workflows.start(info, { invoiceId: invoice.id, start: 'REOPENED' });
    } else {
      await this.workflows.update(invoice.id, cancelPaymentUpdate, [cancel], cancel.requestId);
    }
    await this.bank.markUndone(match.id, { undoneById: user.id, undoReason: reason, at: new Date() });
    if ((await this.bank.appliedMatchCount(match.bankLineId)) === 0) {
      await this.bank.dropCredits(match.bankLineId);
      await this.bank.setStatus(match.bankLineId, 'TO_MATCH', `Rapprochement annulé : ${reason}`);
    }
    const details = {
      bankLineId: match.bankLineId,
      bankMatchId: match.id,
      paymentId: match.paymentId,
      amountCents: match.amountCents,
      reason,
    };
    await this.audit.recordByUser(user, { invoiceId: invoice.id, action: 'bank.match-undone', details });
    return this.get(user, match.bankLineId);
  }

  private async line(user: AuthUser, id: string) {
    const line = await this.bank.line(user.companyId, id);
    if (!line) {
      throw new NotFoundException(`Bank line ${id} not found`);
    }
    return line;
  }
}

function sameAllocations(
  suggestion: Suggestion,
  allocations: Array<{ invoiceId: string; amountCents: number }>,
): boolean {
  const key = (list: Array<{ invoiceId: string; amountCents: number }>) =>
    list
      .map((a) => `${a.invoiceId}:${a.amountCents}`)
      .sort()
      .join(',');
  return key(suggestion.allocations) === key(allocations);
}

function toLineView(line: NonNullable<BankLineRow>): BankLineDto {
  return {
    id: line.id,
    statementId: line.statementId,
    bookingDate: line.bookingDate.toISOString().slice(0, 10),
    amountCents: line.amountCents,
    label: line.label,
    remittanceInfo: line.remittanceInfo,
    creditorReference: line.creditorReference,
    payerName: line.payerName,
    payerIban: line.payerIban,
    status: line.status,
    suggestions: line.suggestions as unknown as Suggestion[],
    matches: line.matches.map((m) => ({
      id: m.id,
      invoiceId: m.invoiceId,
      invoiceNumber: m.invoice.number ?? m.invoice.externalNumber,
      amountCents: m.amountCents,
      reason: m.reason,
      confidence: m.confidence,
      automatic: m.automatic,
      state: m.state,
      undoReason: m.undoReason,
      createdAt: m.createdAt.toISOString(),
    })),
    creditCents: line.credits.reduce((sum, c) => sum + c.amountCents, 0),
    note: line.note,
  };
}
