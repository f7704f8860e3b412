import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { MessageLedgerService } from './message-ledger.service';
import { MessageRepository } from './message.repository';
import { ReadReceiptsService } from './read-receipts.service';
import { SmsTransport } from './sms-transport';
import { TrackingController } from './tracking.controller';

@Module({
  controllers: [TrackingController],
  providers: [MessageRepository, MessageLedgerService, MailTransport, SmsTransport, ReadReceiptsService],
  exports: [MessageRepository, MessageLedgerService, MailTransport, SmsTransport],
})
export class NotificationsModule {}
