import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutreachService } from './outreach.service';

@Module({ imports: [NotificationsModule, DocumentsModule], providers: [OutreachService], exports: [OutreachService, DocumentsModule] })
export class OutreachModule {}
