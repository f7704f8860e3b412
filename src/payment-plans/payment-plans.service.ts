import { ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { RequestOrigin } from '../auth/decorators';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import { companyTimeZone } from '../companies/company-settings';
import { localDate } from '../dunning/calendar';
import type { Prisma } from '../generated/prisma/client';
import type { CustomerProfile } from '../generated/prisma/enums';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { actorOf, InvoiceActionsService } from '../invoices/invoice-actions.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { InvoicesService, type InvoiceDetail } from '../invoices/invoices.service';
import { centsOf } from '../prisma/money-columns';
import { PrismaService } from '../prisma/prisma.service';
import { cancelPaymentPlanUpdate, grantPaymentPlanUpdate } from '../../workflows/invoice.contract';
import type { GrantPaymentPlanDto } from './dto/payment-plan.dto';
import type { PaymentPlanSettingsDto } from './dto/payment-plan-settings.dto';
import { installmentErrors } from './installment-rules';
import { paymentPlanSettingsOf, type PaymentPlanSettings } from './payment-plan-settings';

const CANCEL_REASON = 'Échéancier annulé';

/** Granting and cancelling payment plans: the API checks the request's shape and who may ask; the invoice's workflow decides. */
@Injectable()
export class PaymentPlansService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    private readonly invoices: InvoicesService,
    private readonly actions: InvoiceActionsService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async grant(user: AuthUser, invoiceId: string, dto: GrantPaymentPlanDto, key?: string): Promise<InvoiceDetail> {
    const invoice = await this.invoices.findOwned(user, invoiceId);
    const company = await this.companies.get(user.companyId);
    requireGrantor(user, invoice.customer.profile, dto.installments.length, paymentPlanSettingsOf(company));
    const errors = installmentErrors(
      dto.installments,
      localDate(new Date(), companyTimeZone(company)),
      centsOf(invoice.balanceCents),
    );
    if (errors.length > 0) {
      throw badRequest(errors);
    }
    await this.actions.requireWorkflow(user, invoiceId);
    const payload = {
      installments: dto.installments.map(({ dueDate, amountCents }) => ({ dueDate, amountCents })),
      reason: dto.reason,
    };
    await this.idempotency.run(
      { action: grantPaymentPlanUpdate.name, invoiceId, userId: user.id, key, payload },
      (updateId) =>
        this.workflows.update(
          invoiceId,
          grantPaymentPlanUpdate,
          [{ actor: actorOf(user), requestId: updateId, ...payload }],
          updateId,
        ),
    );
    return this.invoices.get(user, invoiceId);
  }

  async cancel(user: AuthUser, invoiceId: string, reason = CANCEL_REASON, key?: string): Promise<InvoiceDetail> {
    const invoice = await this.invoices.findOwned(user, invoiceId);
    requireGrantor(user, invoice.customer.profile, 0, paymentPlanSettingsOf(await this.companies.get(user.companyId)));
    await this.actions.requireWorkflow(user, invoiceId);
    await this.idempotency.run(
      { action: cancelPaymentPlanUpdate.name, invoiceId, userId: user.id, key, payload: { reason } },
      (updateId) =>
        this.workflows.update(
          invoiceId,
          cancelPaymentPlanUpdate,
          [{ actor: actorOf(user), requestId: updateId, reason }],
          updateId,
        ),
    );
    return this.invoices.get(user, invoiceId);
  }

  async settings(user: AuthUser): Promise<PaymentPlanSettings> {
    return paymentPlanSettingsOf(await this.companies.get(user.companyId));
  }

  async updateSettings(
    user: AuthUser,
    dto: PaymentPlanSettingsDto,
    origin: RequestOrigin,
  ): Promise<PaymentPlanSettings> {
    const settings: PaymentPlanSettings = {
      reminderDaysBefore: dto.reminderDaysBefore,
      missedAfterDays: dto.missedAfterDays,
      onMissed: dto.onMissed,
      advMaxInstallments: dto.advMaxInstallments,
    };
    await this.prisma.$transaction(async (tx) => {
      await tx.company.update({
        where: { id: user.companyId },
        data: { paymentPlanSettings: settings as unknown as Prisma.InputJsonValue },
      });
      await this.audit.recordByUser(
        user,
        { action: 'settings.payment-plans.updated', details: { ...settings }, origin },
        tx,
      );
    });
    return settings;
  }
}

/** Managers and directors grant any plan; ADV only to VIP customers and within the company's maximum of installments. */
function requireGrantor(
  user: AuthUser,
  profile: CustomerProfile,
  installments: number,
  settings: PaymentPlanSettings,
): void {
  if (user.role !== 'ADV') {
    return;
  }
  if (profile !== 'VIP') {
    throw new ForbiddenException('ADV may grant or cancel a payment plan for VIP customers only: ask a manager');
  }
  if (installments > settings.advMaxInstallments) {
    throw new ForbiddenException(`ADV may grant at most ${settings.advMaxInstallments} installments: ask a manager`);
  }
}
