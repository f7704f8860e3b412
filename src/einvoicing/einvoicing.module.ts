import { Module } from '@nestjs/common';
import { EInvoicingController } from './einvoicing.controller';
import { EInvoicingService } from './einvoicing.service';

@Module({
  controllers: [EInvoicingController],
  providers: [EInvoicingService],
  exports: [EInvoicingService],
})
export class EInvoicingModule {}
