import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { KpisService } from './kpis.service';
import { MyActionsService } from './my-actions.service';
import { ReceivablesService } from './receivables.service';
import { StatusOverviewService } from './status-overview.service';

@Module({
  controllers: [DashboardController],
  providers: [DashboardService, StatusOverviewService, ReceivablesService, MyActionsService, KpisService],
})
export class DashboardModule {}
