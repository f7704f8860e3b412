import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { InvoiceActionsService } from './invoice-actions.service';
import { InvoiceImportService } from './invoice-import.service';
import { InvoiceRecordsController } from './invoice-records.controller';
import { InvoiceRecordsService } from './invoice-records.service';
import { InvoiceWorkflowsService } from './invoice-workflows.service';
import { InvoicesController } from './invoices.controller';
import { InvoicesService } from './invoices.service';

@Module({
  imports: [DocumentsModule, IdempotencyModule],
  controllers: [InvoicesController, InvoiceRecordsController],
  providers: [InvoicesService, InvoiceActionsService, InvoiceWorkflowsService, InvoiceRecordsService, InvoiceImportService],
  exports: [InvoicesService, InvoiceActionsService, InvoiceWorkflowsService, IdempotencyModule],
})
export class InvoicesModule {}
