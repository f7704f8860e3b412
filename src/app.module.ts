import { Module } from '@nestjs/common';
import { AccountingModule } from './accounting/accounting.module';
import { ArchiveModule } from './archive/archive.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BankModule } from './bank/bank.module';
import { CompaniesModule } from './companies/companies.module';
import { ConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { CreditNotesModule } from './credit-notes/credit-notes.module';
import { CustomersModule } from './customers/customers.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DunningApiModule } from './dunning/dunning-api.module';
import { SettingsModule } from './settings/settings.module';
import { TasksApiModule } from './tasks/tasks-api.module';
import { UsersModule } from './users/users.module';
import { InvoiceRepositoryModule } from './invoices/invoice-repository.module';
import { InvoicesModule } from './invoices/invoices.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PaymentsModule } from './payments/payments.module';
import { PaymentPlansModule } from './payment-plans/payment-plans.module';
import { TasksModule } from './tasks/tasks.module';
import { PrismaModule } from './prisma/prisma.module';
import { TemporalModule } from './temporal/temporal.module';
import { PortalModule } from './portal/portal.module';

/** The HTTP API process. */
@Module({
  imports: [
    ConfigModule,
    PrismaModule,
    InvoiceRepositoryModule,
    TemporalModule,
    AuditModule,
    CompaniesModule,
    TasksModule,
    AuthModule,
    HealthModule,
    NotificationsModule,
    InvoicesModule,
    PaymentsModule,
    PaymentPlansModule,
    CreditNotesModule,
    CustomersModule,
    UsersModule,
    DashboardModule,
    DunningApiModule,
    SettingsModule,
    TasksApiModule,
    AccountingModule,
    ArchiveModule,
    PortalModule,
    BankModule,
  ],
})
export class AppModule {}
