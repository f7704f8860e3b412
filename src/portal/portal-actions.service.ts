import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { RequestOrigin } from '../auth/decorators';
import { CompaniesService } from '../companies/companies.service';
import { addDays, localDate } from '../dunning/calendar';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { PrismaService } from '../prisma/prisma.service';
import { CUSTOMER_ACTOR_ROLE, type Actor } from '../../workflows/invoice.contract';
import { customerDisputeUpdate, declarePaymentUpdate, requestPaymentPlanUpdate } from '../../workflows/portal.contract';
import { parseDeclaration, parseDispute, parsePlanRequest, requestIdOf, type PortalForm } from './portal-forms';
import type { PortalSession } from './portal-links.service';
import { PortalSettingsService } from './portal-settings.service';

/** The customer as the workflow and the audit trail see it: "client". */
export const customerActor = (session: PortalSession): Actor => ({
  userId: `customer:${session.customerId}`,
  role: CUSTOMER_ACTOR_ROLE,
  name: 'client',
});

/** Portal actions: validated here (400 naming the field), decided by the invoice's workflow (409/422), applied once per request id. */
@Injectable()
export class PortalActionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
    private readonly settings: PortalSettingsService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async declarePayment(
    session: PortalSession,
    invoiceId: string,
    form: PortalForm,
    origin: RequestOrigin,
  ): Promise<void> {
    const requestId = requestIdOf(form);
    const today = await this.today(session);
    const declared = parseDeclaration(form, today);
    const { declaredPaymentPauseDays } = await this.settings.of(session.companyId);
    const pauseUntil = addDays(today, declaredPaymentPauseDays);
    await this.apply(
      session,
      invoiceId,
      requestId,
      declarePaymentUpdate,
      { actor: customerActor(session), requestId, origin, ...declared, pauseUntil },
      declared,
    );
  }

  async dispute(session: PortalSession, invoiceId: string, form: PortalForm, origin: RequestOrigin): Promise<void> {
    const requestId = requestIdOf(form);
    const { reason } = parseDispute(form);
    await this.apply(
      session,
      invoiceId,
      requestId,
      customerDisputeUpdate,
      { actor: customerActor(session), requestId, origin, reason },
      { reason },
    );
  }

  async requestPlan(session: PortalSession, invoiceId: string, form: PortalForm, origin: RequestOrigin): Promise<void> {
    const requestId = requestIdOf(form);
    const proposal = parsePlanRequest(form, await this.today(session));
    await this.apply(
      session,
      invoiceId,
      requestId,
      requestPaymentPlanUpdate,
      { actor: customerActor(session), requestId, origin, ...proposal },
      proposal,
    );
  }

  // The payload without the origin is what a repeated request id must match (the same form sent again from another IP is the same request).
  private async apply<Arg>(
    session: PortalSession,
    invoiceId: string,
    requestId: string,
    def: UpdateDefinition<unknown, [Arg]>,
    arg: Arg,
    payload: object,
  ): Promise<void> {
    await this.requireOwnWorkflow(session, invoiceId);
    const userId = customerActor(session).userId;
    await this.idempotency.run({ action: def.name, invoiceId, userId, key: requestId, payload }, (updateId) =>
      this.workflows.update(invoiceId, def, [arg], updateId),
    );
  }

  private async requireOwnWorkflow(session: PortalSession, invoiceId: string): Promise<void> {
    const invoice = await this.prisma.invoice.findFirst({
      where: {
        id: invoiceId,
        companyId: session.companyId,
        customerId: session.customerId,
        phase: { in: ['ISSUED', 'SENT'] },
      },
      select: { workflowId: true },
    });
    if (!invoice) {
      throw new NotFoundException('Facture introuvable');
    }
    if (!invoice.workflowId) {
      throw new ConflictException('Cette facture ne peut pas être traitée en ligne');
    }
  }

  private async today(session: PortalSession): Promise<string> {
    return localDate(new Date(), await this.companies.timezone(session.companyId));
  }
}
