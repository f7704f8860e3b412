import { Injectable, NotFoundException } from '@nestjs/common';
import { Prisma, type Company, type Customer } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import type { CustomerCardDto } from './customer.responses';
import { BankRepository } from '../bank/bank.repository';
import { CompaniesService } from '../companies/companies.service';
import { dunningSettingsOf } from '../companies/company-settings';
import { daysBetween, localDate } from '../dunning/calendar';
import { PolicyResolver } from '../dunning/policy-resolver';
import { invoiceSummarySelect, toInvoiceSummary } from '../invoices/invoice-view';
import { PrismaService } from '../prisma/prisma.service';
import { badgesOf } from './customer-badges';
import { CustomerBadgesService } from './customer-badges.service';
import { CustomerStatsService, NO_STATS } from './customer-stats.service';
import { customerInclude, lateHistoryView, toCustomer, toCustomerPayment, type EffectivePolicy } from './customer-view';
import { openReceivableWhere } from './receivable-filters';

const LAST_PAYMENTS = 20;

export type CustomerCard = Awaited<ReturnType<CustomerCardService['get']>>;

/** GET /customers/:id, the 360° card: identity and contacts, open invoices, amounts, payments, late history, dunning policy. */
@Injectable()
export class CustomerCardService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
    private readonly stats: CustomerStatsService,
    private readonly badges: CustomerBadgesService,
    private readonly policies: PolicyResolver,
    private readonly bank: BankRepository,
  ) {}

  async get(user: AuthUser, id: string): Promise<CustomerCardDto> {
    const row = await this.prisma.customer.findFirst({
      where: { id, companyId: user.companyId },
      include: customerInclude,
    });
    if (!row) {
      throw new NotFoundException(`Customer ${id} not found`);
    }
    const company = await this.companies.get(user.companyId);
    const timezone = dunningSettingsOf(company).timezone;
    const now = new Date();
    const today = localDate(now, timezone);
    const [stats, histories, invoices, payments, dunningPolicy, creditCents] = await Promise.all([
      this.stats.statsFor(company.id, { id }, new Date(today)),
      this.badges.lateHistoriesFor(company.id, { id }),
      this.openInvoicesOf(company.id, id),
      this.lastPaymentsOf(company.id, id),
      this.effectivePolicy(row, company),
      this.bank.creditCents(id),
    ]);
    const customerStats = stats.get(id) ?? NO_STATS;
    const lateHistory = lateHistoryView(histories.get(id) ?? { paidLate: 0, currentlyLate: 0 });
    const badges = badgesOf(lateHistory);
    return {
      ...toCustomer(row),
      badges,
      summary: {
        openInvoices: customerStats.openInvoices,
        outstandingCents: customerStats.outstandingCents,
        overdueCents: customerStats.overdueCents,
        overdueCount: customerStats.overdueCount,
        oldestOverdueDays: customerStats.oldestOverdueDueDate
          ? daysBetween(customerStats.oldestOverdueDueDate, today)
          : null,
        invoices: invoices.map((invoice) => toInvoiceSummary(invoice, now, timezone)),
        payments: payments.map(toCustomerPayment),
        lateHistory,
        badges,
        dunningPolicy,
        creditCents,
      },
    };
  }

  private openInvoicesOf(companyId: string, customerId: string) {
    return this.prisma.invoice.findMany({
      where: { companyId, customerId, ...openReceivableWhere() },
      select: invoiceSummarySelect,
      orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    });
  }

  private lastPaymentsOf(companyId: string, customerId: string) {
    return this.prisma.payment.findMany({
      where: { invoice: { companyId, customerId } },
      include: { invoice: { select: { id: true, number: true, externalNumber: true } } },
      orderBy: [{ paidAt: 'desc' }, { createdAt: 'desc' }],
      take: LAST_PAYMENTS,
    });
  }

  /** The policy new dunning would use; null when the company's mapping names a policy that does not exist. */
  private async effectivePolicy(customer: Customer, company: Company): Promise<EffectivePolicy | null> {
    try {
      const version = await this.policies.versionFor(customer, company);
      const { id, code, name } = version.policy;
      return { id, code, name, version: version.version, source: customer.dunningPolicyId ? 'EXPLICIT' : 'PROFILE' };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
        return null;
      }
      throw error;
    }
  }
}
