import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutreachModule } from '../outreach/outreach.module';
import { PaymentPlanStoreModule } from '../payment-plans/payment-plan-store.module';
import { PlanDunningAmount } from '../payment-plans/plan-dunning-amount';
import { DunningActionsService } from './dunning-actions.service';
import { DunningActivitiesService } from './dunning.activities';
import { PolicyResolver } from './policy-resolver';

/** Which policy applies to a customer, and what the workflow's dunning steps do (the worker's activities). */
@Module({
  imports: [OutreachModule, NotificationsModule, PaymentPlanStoreModule],
  providers: [PolicyResolver, DunningActionsService, DunningActivitiesService, PlanDunningAmount],
  exports: [PolicyResolver, DunningActivitiesService],
})
export class DunningModule {}
