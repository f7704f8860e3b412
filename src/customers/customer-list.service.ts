import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import type { Page } from '../common/pagination';
import { skipTake } from '../common/pagination';
import { CompaniesService } from '../companies/companies.service';
import { localDate } from '../dunning/calendar';
import { PrismaService } from '../prisma/prisma.service';
import { CustomerBadgesService } from './customer-badges.service';
import { CustomerStatsService, NO_STATS } from './customer-stats.service';
import { customerInclude, toCustomerListRow, type CustomerListRow } from './customer-view';
import type { ListCustomersQuery } from './dto/list-customers.query';
import { containsText } from '../common/search';

type Where = Prisma.CustomerWhereInput;

/** GET /customers: filters, sort (outstanding amounts included) and pagination, each row with its amounts and badges. */
@Injectable()
export class CustomerListService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
    private readonly stats: CustomerStatsService,
    private readonly badges: CustomerBadgesService,
  ) {}

  async list(user: AuthUser, query: ListCustomersQuery): Promise<Page<CustomerListRow>> {
    const today = new Date(localDate(new Date(), await this.companies.timezone(user.companyId)));
    const where = await this.withLateFilter(
      user.companyId,
      customerWhere(user.companyId, query),
      query.frequentLatePayer,
    );
    const { ids, total } =
      query.sort === 'outstandingCents'
        ? await this.pageByOutstanding(user.companyId, where, today, query)
        : await this.pageByColumn(where, query);
    const [rows, stats, badges] = await Promise.all([
      this.prisma.customer.findMany({ where: { id: { in: ids } }, include: customerInclude }),
      this.stats.statsFor(user.companyId, { id: { in: ids } }, today),
      this.badges.badgesFor(user.companyId, ids),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const data = ids.map((id) => toCustomerListRow(byId.get(id)!, stats.get(id) ?? NO_STATS, badges.get(id) ?? []));
    return { data, total, page: query.page, perPage: query.perPage };
  }

  private async withLateFilter(
    companyId: string,
    where: Where,
    frequentLatePayer: boolean | undefined,
  ): Promise<Where> {
    if (frequentLatePayer === undefined) {
      return where;
    }
    const ids = await this.badges.frequentLatePayerIds(companyId, where);
    return { AND: [where, { id: frequentLatePayer ? { in: ids } : { notIn: ids } }] };
  }

  private async pageByColumn(where: Where, query: ListCustomersQuery): Promise<{ ids: string[]; total: number }> {
    const orderBy: Prisma.CustomerOrderByWithRelationInput[] = [{ [query.sort]: query.order }, { id: 'asc' }];
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.customer.findMany({ where, select: { id: true }, orderBy, ...skipTake(query) }),
      this.prisma.customer.count({ where }),
    ]);
    return { ids: rows.map((r) => r.id), total };
  }

  /** Outstanding amounts are aggregates: sort the company's matching customers by them in memory, then cut the page. */
  private async pageByOutstanding(
    companyId: string,
    where: Where,
    today: Date,
    query: ListCustomersQuery,
  ): Promise<{ ids: string[]; total: number }> {
    const [customers, stats] = await Promise.all([
      this.prisma.customer.findMany({ where, select: { id: true, name: true } }),
      this.stats.statsFor(companyId, where, today),
    ]);
    const sign = query.order === 'desc' ? -1 : 1;
    const outstanding = (id: string) => stats.get(id)?.outstandingCents ?? 0;
    customers.sort((a, b) => sign * (outstanding(a.id) - outstanding(b.id)) || a.name.localeCompare(b.name, 'fr'));
    const { skip, take } = skipTake(query);
    return { ids: customers.slice(skip, skip + take).map((c) => c.id), total: customers.length };
  }
}

export function customerWhere(companyId: string, query: ListCustomersQuery): Where {
  const and: Where[] = [{ companyId }];
  if (query.profile) {
    and.push({ profile: query.profile });
  }
  if (query.ownerId) {
    and.push({ ownerId: query.ownerId });
  }
  if (query.q) {
    const contains = containsText(query.q);
    and.push({
      OR: [
        { name: contains },
        { siren: contains },
        { siret: contains },
        { billingEmail: contains },
        { decisionMakerEmail: contains },
      ],
    });
  }
  return { AND: and };
}
