import { Module } from '@nestjs/common';
import { AccountingController } from './accounting.controller';
import { AccountingSettingsService } from './accounting-settings.service';
import { FecExportService } from './fec-export.service';

/** Exports for the accountant: the FEC and the accounting settings behind it. */
@Module({
  controllers: [AccountingController],
  providers: [FecExportService, AccountingSettingsService],
  exports: [FecExportService],
})
export class AccountingModule {}
