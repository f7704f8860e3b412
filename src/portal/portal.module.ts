import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { InvoicesModule } from '../invoices/invoices.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutreachModule } from '../outreach/outreach.module';
import { PortalActionsService } from './portal-actions.service';
import { PortalAdminController } from './portal-admin.controller';
import { PortalLinkRequestsService } from './portal-link-requests.service';
import { PortalLinksModule } from './portal-links.module';
import { PortalController } from './portal.controller';
import { PortalGuard } from './portal.guard';
import { PortalService } from './portal.service';

/** The customer portal (public pages under /portal) and its staff side (revoking links, settings). */
@Module({
  imports: [PortalLinksModule, OutreachModule, NotificationsModule, InvoicesModule, IdempotencyModule],
  controllers: [PortalController, PortalAdminController],
  providers: [PortalService, PortalActionsService, PortalLinkRequestsService, PortalGuard],
})
export class PortalModule {}
