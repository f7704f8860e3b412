import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

export interface PortalSettings {
  /** Days a link sent by email stays valid (each email sends a new one). */
  linkValidityDays: number;
  /** Days reminders pause after the customer declares a payment ("J'ai payé"). */
  declaredPaymentPauseDays: number;
}

export const DEFAULT_PORTAL_SETTINGS: PortalSettings = { linkValidityDays: 30, declaredPaymentPauseDays: 7 };

/** The company's portal settings; a company that never set them gets the defaults. */
@Injectable()
export class PortalSettingsService {
  constructor(private readonly prisma: PrismaService) {}

  async of(companyId: string): Promise<PortalSettings> {
    const row = await this.prisma.portalSettings.findUnique({ where: { companyId } });
    return row
      ? { linkValidityDays: row.linkValidityDays, declaredPaymentPauseDays: row.declaredPaymentPauseDays }
      : DEFAULT_PORTAL_SETTINGS;
  }

  async update(companyId: string, settings: PortalSettings): Promise<PortalSettings> {
    await this.prisma.portalSettings.upsert({
      where: { companyId },
      create: { companyId, ...settings },
      update: settings,
    });
    return this.of(companyId);
  }
}
