import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { CompaniesService } from '../companies/companies.service';
import { localDate } from '../dunning/calendar';
import type { DashboardContext } from './dashboard-context';
import type { DashboardDto } from './dashboard.responses';
import type { DashboardQuery } from './dto/dashboard.query';
import { KpisService } from './kpis.service';
import { MyActionsService } from './my-actions.service';
import { ReceivablesService } from './receivables.service';
import { StatusOverviewService } from './status-overview.service';

/** The home screen, computed for the caller from the facts of the day (company time zone). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly companies: CompaniesService,
    private readonly statuses: StatusOverviewService,
    private readonly receivablesService: ReceivablesService,
    private readonly actions: MyActionsService,
    private readonly kpisService: KpisService,
  ) {}

  async dashboard(user: AuthUser, query: DashboardQuery): Promise<DashboardDto> {
    const ctx = await this.contextFor(user, query);
    const [byStatus, overdue, receivables, myActions, kpis] = await Promise.all([
      this.statuses.byStatus(ctx),
      this.statuses.oldestOverdue(ctx),
      this.receivablesService.receivables(ctx),
      this.actions.myActions(ctx),
      this.kpisService.kpis(ctx),
    ]);
    return {
      today: ctx.today,
      timezone: ctx.timezone,
      generatedAt: ctx.now.toISOString(),
      byStatus,
      overdue,
      receivables,
      myActions,
      kpis,
    };
  }

  private async contextFor(user: AuthUser, query: DashboardQuery): Promise<DashboardContext> {
    const timezone = await this.companies.timezone(user.companyId);
    const now = new Date();
    const today = localDate(now, timezone);
    const scope = { companyId: user.companyId, ...(query.ownerId ? { customer: { ownerId: query.ownerId } } : {}) };
    return { user, timezone, now, today, todayDate: new Date(today), scope };
  }
}
