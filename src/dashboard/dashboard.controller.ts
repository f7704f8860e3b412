import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardDto } from './dashboard.responses';
import { ApiErrors } from '../common/api-responses';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { DashboardService } from './dashboard.service';
import { DashboardQuery } from './dto/dashboard.query';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @ApiOperation({
    summary:
      'Home screen: counts and amounts by status, oldest overdue invoices, aged receivables, my pending actions, DSO and overdue rate at 30 days',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiErrors(400)
  get(@CurrentUser() user: AuthUser, @Query() query: DashboardQuery) {
    return this.dashboards.dashboard(user, query);
  }
}
