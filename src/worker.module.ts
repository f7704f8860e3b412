import { Module } from '@nestjs/common';
import { ApprovalActivities } from './approvals/approval.activities';
import { AuditModule } from './audit/audit.module';
import { PaymentCancellationActivities } from './bank/payment-cancellation.activities';
import { CompaniesModule } from './companies/companies.module';
import { ConfigModule } from './config/config.module';
import { CreditNoteActivities } from './credit-notes/credit-note.activities';
import { DunningActionsService } from './dunning/dunning-actions.service';
import { DunningActivitiesService } from './dunning/dunning.activities';
import { PolicyResolver } from './dunning/policy-resolver';
import { DisputeActivities } from './invoices/dispute.activities';
import { IssuingActivities } from './invoices/issuing.activities';
import { OutreachModule } from './outreach/outreach.module';
import { ClosingActivities } from './payments/receipt.activities';
import { PaymentActivities } from './payments/payment.activities';
import { PrismaModule } from './prisma/prisma.module';
import { TaskActivities } from './tasks/task.activities';
import { TasksModule } from './tasks/tasks.module';

/** Every activity class the invoice workflow calls, in the order bindActivities receives them. */
export const ACTIVITY_CLASSES = [
  ApprovalActivities,
  IssuingActivities,
  PaymentActivities,
  CreditNoteActivities,
  DisputeActivities,
  TaskActivities,
  ClosingActivities,
  DunningActivitiesService,
  PaymentCancellationActivities,
] as const;

/** The worker process: activities with their dependencies, no HTTP. */
@Module({
  imports: [ConfigModule, PrismaModule, AuditModule, CompaniesModule, TasksModule, OutreachModule],
  providers: [...ACTIVITY_CLASSES, DunningActionsService, PolicyResolver],
})
export class WorkerModule {}
