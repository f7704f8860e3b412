import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { MessageLedgerService } from './message-ledger.service';
import { ReadReceiptsService } from './read-receipts.service';
import { SmsTransport } from './sms-transport';
import { TrackingController } from './tracking.controller';

@Module({
  controllers: [TrackingController],
  providers: [MessageLedgerService, MailTransport, SmsTransport, ReadReceiptsService],
  exports: [MessageLedgerService, MailTransport, SmsTransport],
})
export class NotificationsModule {}
