import crypto from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { companyTimeZone } from '../companies/company-settings';
import { RetryLaterException } from '../common/retry-after';
import type { Company, Customer } from '../generated/prisma/client';
import { MessageLedgerService } from '../notifications/message-ledger.service';
import { OutreachService } from '../outreach/outreach.service';
import { PrismaService } from '../prisma/prisma.service';
import { portalFooter } from './portal-footer';
import { PortalLinksService } from './portal-links.service';
import { RateLimiter } from './rate-limiter';

const HOUR_MS = 3_600_000;
// One address may be the billing contact of a few customers (a group's accounting); each gets its own link.
const MAX_CUSTOMERS_PER_ADDRESS = 5;

/** "Recevoir un nouveau lien": a link goes only to an address known for a customer; the answer never tells which. */
@Injectable()
export class PortalLinkRequestsService {
  private readonly logger = new Logger('Portal');
  private readonly perIp: RateLimiter;
  private readonly perAddress: RateLimiter;

  constructor(
    private readonly prisma: PrismaService,
    private readonly links: PortalLinksService,
    private readonly outreach: OutreachService,
    private readonly ledger: MessageLedgerService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.perIp = new RateLimiter(prisma, 'link-ip', config.PORTAL_LINK_REQUESTS_PER_HOUR, HOUR_MS);
    this.perAddress = new RateLimiter(prisma, 'link-address', config.PORTAL_LINK_REQUESTS_PER_HOUR, HOUR_MS);
  }

  /** Counted before any lookup, so a limited address is limited whether it exists or not. */
  async request(email: string, ip: string | undefined): Promise<void> {
    const address = email.trim().toLowerCase();
    const wait = (await this.perIp.hit(ip ?? 'unknown')) ?? (await this.perAddress.hit(address));
    if (wait !== undefined) {
      throw new RetryLaterException(
        HttpStatus.TOO_MANY_REQUESTS,
        'Too Many Requests',
        `Trop de demandes de lien : réessayez dans ${Math.ceil(wait / 60)} min`,
        wait,
      );
    }
    const customers = await this.prisma.customer.findMany({
      where: {
        OR: [
          { billingEmail: { equals: address, mode: 'insensitive' } },
          { decisionMakerEmail: { equals: address, mode: 'insensitive' } },
        ],
      },
      include: { company: true },
      take: MAX_CUSTOMERS_PER_ADDRESS,
    });
    // Sent in the background: the answer takes the same time whether or not the address is known.
    for (const customer of customers) {
      void this.send(customer, address).catch((error: unknown) =>
        this.logger.error(`portal link for customer ${customer.id}: ${String(error)}`),
      );
    }
  }

  private async send(customer: Customer & { company: Company }, to: string): Promise<void> {
    const idempotencyKey = `portal-link:${crypto.randomUUID()}`;
    const message = this.outreach.render('portal/link', {
      customerName: customer.name,
      sellerName: customer.company.tradeName ?? customer.company.legalName,
      sellerEmail: customer.company.email,
    });
    const footer = portalFooter(await this.links.linkFor(customer, idempotencyKey), companyTimeZone(customer.company));
    await this.ledger.sendEmail({
      idempotencyKey,
      companyId: customer.companyId,
      step: 'portal-link',
      template: 'portal/link',
      to,
      subject: message.subject ?? 'Votre lien vers l’espace client',
      text: `${message.text}\n\n${footer.text}`,
      storedText: `${message.text}\n\n${footer.storedText}`,
      html: `${message.html}\n${footer.html}`,
    });
  }
}
