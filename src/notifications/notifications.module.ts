import { Module } from '@nestjs/common';
import { TasksService } from '../tasks/tasks.service';
import { MailTransport } from './mail-transport';
import { MessageLedgerService } from './message-ledger.service';
import { ReadReceiptsService } from './read-receipts.service';
import { SmsTransport } from './sms-transport';
import { TrackingController } from './tracking.controller';

// TasksService is provided here until src/tasks has a module of its own to import.
@Module({
  controllers: [TrackingController],
  providers: [MessageLedgerService, MailTransport, SmsTransport, ReadReceiptsService, TasksService],
  exports: [MessageLedgerService, MailTransport, SmsTransport],
})
export class NotificationsModule {}
