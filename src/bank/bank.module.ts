import { Module } from '@nestjs/common';
import { InvoicesModule } from '../invoices/invoices.module';
import { BankAccountsController } from './bank-accounts.controller';
import { BankAccountsService } from './bank-accounts.service';
import { BankApplicationLoop } from './bank-application.loop';
import { BankStatementsController } from './bank-statements.controller';
import { BankRepository } from './bank.repository';
import { LineMatchingService } from './line-matching.service';
import { MatchApplicationService } from './match-application.service';
import { PaymentCancellationActivities } from './payment-cancellation.activities';
import { ReconciliationService } from './reconciliation.service';
import { StatementImportService } from './statement-import.service';

/** Bank statements in, payments matched: accounts, import, matching, the "À rapprocher" queue and undo. */
@Module({
  imports: [InvoicesModule],
  controllers: [BankAccountsController, BankStatementsController],
  providers: [
    BankRepository,
    BankAccountsService,
    StatementImportService,
    LineMatchingService,
    BankApplicationLoop,
    MatchApplicationService,
    ReconciliationService,
    PaymentCancellationActivities,
  ],
  exports: [BankRepository],
})
export class BankModule {}
