import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { localDate } from '../dunning/calendar';
import { EInvoicingService } from '../einvoicing/einvoicing.service';
import {
  approveUpdate,
  disputeUpdate,
  invoiceWorkflowId,
  promiseToPayUpdate,
  rejectUpdate,
  resubmitUpdate,
  resumeUpdate,
  sendUpdate,
  type Actor,
} from '../../workflows/invoice.contract';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceWorkflowsService } from './invoice-workflows.service';
import { InvoicesService, type InvoiceDetail } from './invoices.service';
import { centsOf } from '../prisma/money-columns';

export const actorOf = (user: AuthUser): Actor => ({ userId: user.id, role: user.role, name: user.fullName });

/** Invoice transitions: the API asks, the invoice's workflow decides (and refuses with 403/409/422). */
@Injectable()
export class InvoiceActionsService {
  constructor(
    private readonly repository: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    private readonly invoices: InvoicesService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly idempotency: IdempotencyService,
    private readonly einvoicing: EInvoicingService,
  ) {}

  async submit(user: AuthUser, id: string, origin: RequestOrigin): Promise<InvoiceDetail> {
    const invoice = await this.invoices.findOwned(user, id);
    if (invoice.phase === 'REJECTED') {
      await this.workflows.update(id, resubmitUpdate, [{ actor: actorOf(user) }]);
      return this.invoices.get(user, id);
    }
    if (invoice.phase !== 'DRAFT') {
      throw new ConflictException(`Only a draft can be submitted (this invoice is ${invoice.phase})`);
    }
    if (invoice.totalInclTaxCents <= 0) {
      throw new UnprocessableEntityException('An invoice of 0 € cannot be submitted');
    }
    // Claim the draft first (guarded update), then start its workflow; undo the claim if Temporal refuses.
    const workflowId = invoiceWorkflowId(id);
    if (!(await this.repository.claimDraft(id, workflowId))) {
      throw new ConflictException('The invoice was submitted meanwhile');
    }
    try {
      await this.workflows.start(
        {
          invoiceId: id,
          customerId: invoice.customerId,
          customerName: invoice.customer.name,
          balanceCents: centsOf(invoice.balanceCents),
          status: 'AWAITING_APPROVAL',
        },
        { invoiceId: id, start: 'APPROVAL' },
      );
    } catch (error) {
      await this.repository.releaseDraft(id);
      throw error;
    }
    await this.audit.recordByUser(user, {
      invoiceId: id,
      action: 'invoice.submitted',
      details: { workflowId },
      origin,
    });
    return this.invoices.get(user, id);
  }

  /** Approving may issue the invoice: what cannot make a valid Factur-X is refused first (422 naming the field). */
  async approve(user: AuthUser, id: string, comment: string | undefined, key?: string): Promise<InvoiceDetail> {
    await this.requireWorkflow(user, id);
    await this.einvoicing.assertApprovable(id);
    return this.act(user, id, approveUpdate, { actor: actorOf(user), comment }, { comment }, key);
  }

  async reject(user: AuthUser, id: string, reason: string, key?: string): Promise<InvoiceDetail> {
    return this.act(user, id, rejectUpdate, { actor: actorOf(user), reason }, { reason }, key);
  }

  async send(user: AuthUser, id: string, scheduledAt: string | undefined, key?: string): Promise<InvoiceDetail> {
    if (scheduledAt && Date.parse(scheduledAt) < Date.now() - 60_000) {
      throw badRequest([{ field: 'scheduledAt', message: 'must be in the future (omit it to send now)' }]);
    }
    return this.act(user, id, sendUpdate, { actor: actorOf(user), scheduledAt }, { scheduledAt }, key);
  }

  async dispute(user: AuthUser, id: string, reason: string, key?: string): Promise<InvoiceDetail> {
    return this.act(user, id, disputeUpdate, { actor: actorOf(user), reason }, { reason }, key);
  }

  async resume(user: AuthUser, id: string, key?: string): Promise<InvoiceDetail> {
    return this.act(user, id, resumeUpdate, { actor: actorOf(user) }, {}, key);
  }

  async promise(user: AuthUser, id: string, date: string, key?: string): Promise<InvoiceDetail> {
    const today = localDate(new Date(), await this.companies.timezone(user.companyId));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < today) {
      throw badRequest([{ field: 'date', message: 'must be a date YYYY-MM-DD, today or later' }]);
    }
    return this.act(user, id, promiseToPayUpdate, { actor: actorOf(user), date }, { date }, key);
  }

  // The payload (without the actor, whose name may change) is what a reused Idempotency-Key must match.
  private async act<Ret, Arg>(
    user: AuthUser,
    id: string,
    def: UpdateDefinition<Ret, [Arg]>,
    arg: Arg,
    payload: object,
    key?: string,
  ): Promise<InvoiceDetail> {
    await this.requireWorkflow(user, id);
    await this.idempotency.run({ action: def.name, invoiceId: id, userId: user.id, key, payload }, (updateId) =>
      this.workflows.update(id, def, [arg], updateId),
    );
    return this.invoices.get(user, id);
  }

  /** A draft has no workflow yet: acting on it is an illegal transition (409), not a missing resource. */
  async requireWorkflow(user: AuthUser, id: string): Promise<void> {
    const invoice = await this.invoices.findOwned(user, id);
    if (!invoice.workflowId) {
      throw new ConflictException(`The invoice is a draft: submit it first (it is ${invoice.phase})`);
    }
  }
}
