import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import { toBasisPoints, toMilli, totalsOf } from '../common/money';
import { skipTake } from '../common/pagination';
import { CompaniesService } from '../companies/companies.service';
import { localDate } from '../dunning/calendar';
import { PrismaService } from '../prisma/prisma.service';
import type { CreateInvoiceDto } from './dto/create-invoice.dto';
import type { InvoiceLineDto } from './dto/invoice-line.dto';
import type { ListInvoicesQuery } from './dto/list-invoices.query';
import type { UpdateInvoiceDto } from './dto/update-invoice.dto';
import { listOrder, listWhere } from './invoice-filters';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceWorkflowsService } from './invoice-workflows.service';
import { findInvoiceDetail } from './invoice-detail.query';
import { findDraftDefaults } from './draft-defaults.query';
import { findInvoicePage } from './invoice-list.query';
import { withPaymentPlan } from '../payment-plans/invoice-plan-detail';
import { PaymentPlanRepository } from '../payment-plans/payment-plan.repository';
import type { PaymentPlanDto } from '../payment-plans/payment-plan.responses';
import { toPaymentPlanView } from '../payment-plans/payment-plan-view';
import { listTotal, type InvoicePage } from './invoice-list-total';
import { nextActionOf, toInvoiceDetail, toInvoiceSummary } from './invoice-view';
import type { InvoiceDetailDto } from './invoice.responses';
import type { DunningStepDefinition } from '../dunning/policy';
import { centsOf } from '../prisma/money-columns';

export type InvoiceDetail = InvoiceDetailDto;

/** Drafts (create, edit) and reading invoices; everything after submission goes through the workflow. */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly plans: PaymentPlanRepository,
  ) {}

  async create(user: AuthUser, dto: CreateInvoiceDto, origin: RequestOrigin): Promise<InvoiceDetail> {
    // Customer and company defaults in one raw statement: a draft costs one round trip before its transaction.
    const defaults = await findDraftDefaults(this.prisma, user.companyId, dto.customerId);
    if (!defaults) {
      throw badRequest([{ field: 'customerId', message: 'no such customer in your company' }]);
    }
    const today = localDate(new Date(), defaults.timezone);
    const lines = priceLines(dto.lines);
    const invoice = await this.prisma.$transaction(async (tx) => {
      const created = await this.repository.createWithLines(
        {
          companyId: user.companyId,
          customerId: defaults.customerId,
          createdById: user.id,
          series: dto.series ?? '',
          operationCategory: dto.operationCategory,
          saleDate: new Date(dto.saleDate ?? today),
          paymentTermsDays: dto.paymentTermsDays ?? defaults.paymentTermsDays,
          customerReference: dto.customerReference,
          notes: dto.notes,
          ...noteAndDelivery(dto),
          ...lines.totals,
          balanceCents: lines.totals.totalInclTaxCents,
        },
        lines.rows,
        tx,
      );
      await this.audit.recordByUser(
        user,
        {
          invoiceId: created.id,
          action: 'invoice.created',
          details: { totalInclTaxCents: centsOf(created.totalInclTaxCents) },
          origin,
        },
        tx,
      );
      return created;
    });
    return this.get(user, invoice.id);
  }

  async update(user: AuthUser, id: string, dto: UpdateInvoiceDto, origin: RequestOrigin): Promise<InvoiceDetail> {
    const invoice = await this.findOwned(user, id);
    if (invoice.phase !== 'DRAFT' && invoice.phase !== 'REJECTED') {
      throw new ConflictException(
        invoice.phase === 'AWAITING_APPROVAL'
          ? 'The invoice is awaiting approval: it can be edited once rejected'
          : 'An issued invoice is never edited again: issue a credit note to correct it',
      );
    }
    if (
      dto.customerId &&
      !(await this.prisma.customer.findFirst({ where: { id: dto.customerId, companyId: user.companyId } }))
    ) {
      throw badRequest([{ field: 'customerId', message: 'no such customer in your company' }]);
    }
    const lines = dto.lines ? priceLines(dto.lines) : undefined;
    await this.prisma.$transaction(async (tx) => {
      // The phase guard in the WHERE makes a concurrent submission win cleanly instead of editing a submitted draft.
      const edited = await this.repository.updateDraft(
        id,
        {
          customerId: dto.customerId,
          series: dto.series,
          operationCategory: dto.operationCategory,
          saleDate: dto.saleDate ? new Date(dto.saleDate) : undefined,
          paymentTermsDays: dto.paymentTermsDays,
          customerReference: dto.customerReference,
          notes: dto.notes,
          ...noteAndDelivery(dto),
          ...(lines ? { ...lines.totals, balanceCents: lines.totals.totalInclTaxCents } : {}),
        },
        tx,
      );
      if (!edited) {
        throw new ConflictException('The invoice was submitted meanwhile: it can no longer be edited');
      }
      if (lines) {
        await this.repository.replaceLines(id, lines.rows, tx);
      }
      await this.audit.recordByUser(
        user,
        { invoiceId: id, action: 'invoice.edited', details: { fields: Object.keys(dto) }, origin },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Read from the database alone (the workflow's activities record phase, steps and payments): no Temporal round trip. */
  async get(user: AuthUser, id: string): Promise<InvoiceDetail> {
    const record = await findInvoiceDetail(this.prisma, user.companyId, id);
    if (!record) {
      throw new NotFoundException(`Invoice ${id} not found`);
    }
    const { row, timezone, nextStep, hasPaymentPlan } = record;
    const now = new Date();
    const summary = toInvoiceSummary(row, now, timezone);
    const detail = toInvoiceDetail(row, now, timezone, {
      temporalUrl: row.workflowId ? this.workflows.temporalUrl(row.workflowId) : null,
      nextAction: nextActionOf(
        summary,
        nextStep && {
          key: nextStep.key,
          label: stepLabel(row.dunningPolicyVersion?.steps, nextStep.key),
          plannedAt: nextStep.plannedAt,
        },
        localDate(now, timezone),
      ),
    });
    return withPaymentPlan(detail, hasPaymentPlan ? await this.plans.findLatest(id) : null, now, timezone);
  }

  /** The invoice's latest payment plan with each installment's state, as the detail shows it. */
  async paymentPlanOf(invoice: {
    id: string;
    companyId: string;
    paidCents: bigint;
    creditedCents: bigint;
  }): Promise<PaymentPlanDto | null> {
    const plan = await this.plans.findLatest(invoice.id);
    if (!plan) {
      return null;
    }
    const today = localDate(new Date(), await this.companies.timezone(invoice.companyId));
    return toPaymentPlanView(plan, centsOf(invoice.paidCents) + centsOf(invoice.creditedCents), today);
  }

  /** One page, then its total: counted only when the page is full, exact up to LIST_TOTAL_CAP matches (see listTotal). */
  async list(user: AuthUser, query: ListInvoicesQuery): Promise<InvoicePage> {
    const timezone = await this.companies.timezone(user.companyId);
    const now = new Date();
    const where = listWhere(user, query, new Date(localDate(now, timezone)), this.prisma.invoice.fields);
    const page = skipTake(query);
    const rows = await findInvoicePage(this.prisma, { where, orderBy: listOrder(query), ...page });
    const total = await listTotal(this.prisma, where, { ...page, shown: rows.length });
    return {
      data: rows.map((row) => toInvoiceSummary(row, now, timezone)),
      ...total,
      page: query.page,
      perPage: query.perPage,
    };
  }

  /** The invoice if it belongs to the caller's company, else 404 (never reveal other companies' ids). */
  async findOwned(user: AuthUser, id: string): Promise<Prisma.InvoiceGetPayload<{ include: { customer: true } }>> {
    const invoice = await this.repository.findInCompany(user.companyId, id);
    if (!invoice) {
      throw new NotFoundException(`Invoice ${id} not found`);
    }
    return invoice;
  }
}

/** Lines priced and totalled by the system (never typed): per-line amounts and VAT per rate. */
export function priceLines(lines: InvoiceLineDto[]) {
  const priced = lines.map((line) => ({
    quantityMilli: toMilli(line.quantity),
    unitPriceCents: line.unitPriceCents,
    vatRateBp: toBasisPoints(line.vatRate),
    discountBp: toBasisPoints(line.discountPercent ?? 0),
  }));
  const { lineTotals, ...totals } = totalsOf(priced);
  const rows = lines.map((line, i) => ({
    position: i + 1,
    description: line.description,
    unit: line.unit,
    ...priced[i],
    totalExclTaxCents: lineTotals[i],
    vatCategory: line.vatCategory,
    vatExemptionCode: line.vatExemptionCode,
  }));
  return { rows, totals: { ...totals, vatBreakdown: totals.vatBreakdown as unknown as Prisma.InputJsonValue } };
}

/** The customer note and delivery address columns; absent fields stay as they are. */
function noteAndDelivery(dto: UpdateInvoiceDto) {
  const delivery = dto.deliveryAddress;
  return {
    customerNote: dto.customerNote,
    ...(delivery && {
      deliveryName: delivery.name ?? null,
      deliveryAddressLine1: delivery.addressLine1,
      deliveryAddressLine2: delivery.addressLine2 ?? null,
      deliveryPostalCode: delivery.postalCode,
      deliveryCity: delivery.city,
      deliveryCountry: delivery.country ?? null,
    }),
  };
}

/** The policy version's French label for a step ("Relance ferme + SMS"), else its key. */
function stepLabel(steps: unknown, key: string): string {
  const step = (Array.isArray(steps) ? (steps as DunningStepDefinition[]) : []).find(
    (candidate) => candidate.key === key,
  );
  return step?.label ?? key;
}
