import { Module } from '@nestjs/common';
import { ApprovalActivities } from './approvals/approval.activities';
import { AuditModule } from './audit/audit.module';
import { PaymentCancellationActivities } from './bank/payment-cancellation.activities';
import { CompaniesModule } from './companies/companies.module';
import { ConfigModule } from './config/config.module';
import { CreditNoteActivities } from './credit-notes/credit-note.activities';
import { DunningActivitiesService } from './dunning/dunning.activities';
import { DunningModule } from './dunning/dunning.module';
import { DisputeActivities } from './invoices/dispute.activities';
import { InvoiceRepositoryModule } from './invoices/invoice-repository.module';
import { IssuingActivities } from './invoices/issuing.activities';
import { OutreachModule } from './outreach/outreach.module';
import { ClosingActivities } from './payments/closing.activities';
import { PaymentActivities } from './payments/payment.activities';
import { PaymentPlanActivities } from './payment-plans/payment-plan.activities';
import { PaymentPlanStoreModule } from './payment-plans/payment-plan-store.module';
import { PortalActivities } from './portal/portal.activities';
import { PrismaModule } from './prisma/prisma.module';
import { TaskActivities } from './tasks/task.activities';
import { TasksModule } from './tasks/tasks.module';

/** The activity classes this module provides (the dunning ones come from DunningModule). */
const INVOICE_ACTIVITY_CLASSES = [
  ApprovalActivities,
  IssuingActivities,
  PaymentActivities,
  CreditNoteActivities,
  DisputeActivities,
  TaskActivities,
  ClosingActivities,
] as const;

/** Every activity class the invoice workflow calls, in the order bindActivities receives them. */
export const ACTIVITY_CLASSES = [
  ...INVOICE_ACTIVITY_CLASSES,
  DunningActivitiesService,
  PaymentPlanActivities,
  PortalActivities,
  PaymentCancellationActivities,
] as const;

/** The worker process: activities with their dependencies, no HTTP. */
@Module({
  imports: [
    ConfigModule,
    PrismaModule,
    InvoiceRepositoryModule,
    AuditModule,
    CompaniesModule,
    TasksModule,
    OutreachModule,
    DunningModule,
    PaymentPlanStoreModule,
  ],
  providers: [...INVOICE_ACTIVITY_CLASSES, PaymentPlanActivities, PortalActivities, PaymentCancellationActivities],
})
export class WorkerModule {}
