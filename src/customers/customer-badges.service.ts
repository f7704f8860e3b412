import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { CompaniesService } from '../companies/companies.service';
import { localDate } from '../dunning/calendar';
import { overdueWhere } from '../invoices/invoice-filters';
import { PrismaService } from '../prisma/prisma.service';
import { badgesOf, lateHistoryOf, type CustomerBadge, type LateHistory, type LatenessFacts } from './customer-badges';
import { settledAfterDueWhere } from './receivable-filters';
import { withCents } from '../prisma/money-columns';

const NO_LATE_HISTORY: LateHistory = { paidLate: 0, currentlyLate: 0 };

/** Customers' late-payment history and badges, one query for any number of customers (lists, cards, invoice views). */
@Injectable()
export class CustomerBadgesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
  ) {}

  async badgesFor(companyId: string, customerIds: string[]): Promise<Map<string, CustomerBadge[]>> {
    const histories = customerIds.length
      ? await this.lateHistoriesFor(companyId, { id: { in: customerIds } })
      : new Map<string, LateHistory>();
    return new Map(customerIds.map((id) => [id, badgesOf(histories.get(id) ?? NO_LATE_HISTORY)]));
  }

  /** Ids of the customers matching `customers` that carry the "Retards fréquents" badge. */
  async frequentLatePayerIds(companyId: string, customers: Prisma.CustomerWhereInput): Promise<string[]> {
    const histories = await this.lateHistoriesFor(companyId, customers);
    return [...histories].filter(([, history]) => badgesOf(history).length > 0).map(([id]) => id);
  }

  /** Only customers with at least one late invoice appear in the map. */
  async lateHistoriesFor(companyId: string, customers: Prisma.CustomerWhereInput): Promise<Map<string, LateHistory>> {
    const timezone = await this.companies.timezone(companyId);
    const today = localDate(new Date(), timezone);
    const rows = withCents(
      await this.prisma.invoice.findMany({
        where: {
          companyId,
          customer: customers,
          OR: [overdueWhere(new Date(today)), settledAfterDueWhere(this.prisma.invoice.fields)],
        },
        select: {
          customerId: true,
          phase: true,
          dueDate: true,
          settledAt: true,
          balanceCents: true,
          creditedCents: true,
          totalInclTaxCents: true,
        },
      }),
    );
    const byCustomer = new Map<string, LatenessFacts[]>();
    for (const row of rows) {
      byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), row]);
    }
    return new Map([...byCustomer].map(([id, invoices]) => [id, lateHistoryOf(invoices, today, timezone)]));
  }
}
