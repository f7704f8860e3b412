import { Module } from '@nestjs/common';
import { AccountingController } from './accounting.controller';
import { AccountingSettingsService } from './accounting-settings.service';
import { FecExportService } from './fec-export.service';
import { JournalExportService } from './journal-export.service';

/** Exports for the accountant: the FEC, its entries in accounting-software layouts, and the settings behind them. */
@Module({
  controllers: [AccountingController],
  providers: [FecExportService, JournalExportService, AccountingSettingsService],
  exports: [FecExportService],
})
export class AccountingModule {}
