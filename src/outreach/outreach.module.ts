import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PortalLinksModule } from '../portal/portal-links.module';
import { OutreachService } from './outreach.service';

@Module({
  imports: [NotificationsModule, DocumentsModule, PortalLinksModule],
  providers: [OutreachService],
  exports: [OutreachService, DocumentsModule],
})
export class OutreachModule {}
