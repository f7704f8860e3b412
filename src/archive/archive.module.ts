import { Module } from '@nestjs/common';
import { AccountingModule } from '../accounting/accounting.module';
import { ArchiveController } from './archive.controller';
import { ArchiveSealer } from './archive-sealer.service';
import { ArchiveService } from './archive.service';

/** Inalterability a user can check: chain verification, yearly export, audit-trail sealing. */
@Module({
  imports: [AccountingModule],
  controllers: [ArchiveController],
  providers: [ArchiveService, ArchiveSealer],
})
export class ArchiveModule {}
