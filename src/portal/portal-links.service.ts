import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PrismaService } from '../prisma/prisma.service';
import { PortalSettingsService } from './portal-settings.service';
import { portalLinkId, portalSigningKey, signPortalLink, verifiedPortalLinkId } from './portal-token';

export interface PortalLink {
  url: string;
  expiresAt: Date;
}

/** Who an open portal link belongs to: one customer of one company, nothing else. */
export interface PortalSession {
  linkId: string;
  token: string;
  companyId: string;
  customerId: string;
  expiresAt: Date;
}

const DAY_MS = 86_400_000;

/** Portal links: issued per email (renewed with each one), checked on every portal request, revoked by staff. */
@Injectable()
export class PortalLinksService {
  private readonly key: Buffer;

  constructor(
    private readonly prisma: PrismaService,
    private readonly settings: PortalSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = portalSigningKey(config.JWT_SECRET);
  }

  /** The link for one message: the same seed (its idempotency key) gives the same link, valid from its first issue. */
  async linkFor(customer: { id: string; companyId: string }, seed: string): Promise<PortalLink> {
    const id = portalLinkId(seed);
    const { linkValidityDays } = await this.settings.of(customer.companyId);
    const expiresAt = new Date(Date.now() + linkValidityDays * DAY_MS);
    await this.prisma.portalLink.createMany({
      data: [{ id, companyId: customer.companyId, customerId: customer.id, expiresAt }],
      skipDuplicates: true,
    });
    const link = await this.prisma.portalLink.findUniqueOrThrow({ where: { id } });
    return { url: `${this.config.PUBLIC_URL}/portal/t/${signPortalLink(this.key, id)}`, expiresAt: link.expiresAt };
  }

  /** The session of a well-signed, unexpired, unrevoked token; undefined otherwise. */
  async open(token: string): Promise<PortalSession | undefined> {
    const linkId = verifiedPortalLinkId(this.key, token);
    if (!linkId) {
      return undefined;
    }
    const link = await this.prisma.portalLink.findUnique({ where: { id: linkId } });
    if (!link || link.revokedAt || link.expiresAt.getTime() <= Date.now()) {
      return undefined;
    }
    return { linkId, token, companyId: link.companyId, customerId: link.customerId, expiresAt: link.expiresAt };
  }

  /** Revokes every link of a customer still open; answers how many. */
  async revokeAll(companyId: string, customerId: string): Promise<number> {
    const { count } = await this.prisma.portalLink.updateMany({
      where: { companyId, customerId, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { revokedAt: new Date() },
    });
    return count;
  }
}
