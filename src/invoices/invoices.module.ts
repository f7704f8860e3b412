import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { EInvoicingModule } from '../einvoicing/einvoicing.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PaymentPlanStoreModule } from '../payment-plans/payment-plan-store.module';
import { InvoiceActionsService } from './invoice-actions.service';
import { InvoiceBulkImportService } from './invoice-bulk-import.service';
import { InvoiceExportController } from './invoice-export.controller';
import { InvoiceExportService } from './invoice-export.service';
import { InvoiceImportService } from './invoice-import.service';
import { InvoiceRecordsController } from './invoice-records.controller';
import { InvoiceRecordsService } from './invoice-records.service';
import { InvoiceUpdatesController } from './invoice-updates.controller';
import { InvoiceWorkflowsService } from './invoice-workflows.service';
import { InvoicesController } from './invoices.controller';
import { InvoicesService } from './invoices.service';

@Module({
  imports: [DocumentsModule, EInvoicingModule, IdempotencyModule, NotificationsModule, PaymentPlanStoreModule],
  controllers: [InvoiceExportController, InvoicesController, InvoiceRecordsController, InvoiceUpdatesController],
  providers: [
    InvoicesService,
    InvoiceActionsService,
    InvoiceWorkflowsService,
    InvoiceRecordsService,
    InvoiceImportService,
    InvoiceBulkImportService,
    InvoiceExportService,
  ],
  exports: [InvoicesService, InvoiceActionsService, InvoiceWorkflowsService, IdempotencyModule],
})
export class InvoicesModule {}
