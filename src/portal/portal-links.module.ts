import { Module } from '@nestjs/common';
import { PortalLinksService } from './portal-links.service';
import { PortalSettingsService } from './portal-settings.service';

/** Portal links and settings, for the emails that carry a link (worker) and the portal itself (API). */
@Module({
  providers: [PortalLinksService, PortalSettingsService],
  exports: [PortalLinksService, PortalSettingsService],
})
export class PortalLinksModule {}
