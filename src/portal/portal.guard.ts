import {
  HttpStatus,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { RetryLaterException } from '../common/retry-after';
import { portalCookie, setPortalHeaders, type PortalRequest } from './portal-http';
import { PortalLinksService } from './portal-links.service';
import { PrismaService } from '../prisma/prisma.service';
import { RateLimiter } from './rate-limiter';

const NO_SESSION = 'acquitte:portal-no-session';

/** The route works without a portal session (opening a link, asking for a new one). */
export const NoPortalSession = () => SetMetadata(NO_SESSION, true);

/** Every portal request: rate-limited per IP, portal headers set, and (unless exempt) a valid link in the portal cookie. */
@Injectable()
export class PortalGuard implements CanActivate {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly links: PortalLinksService,
    private readonly reflector: Reflector,
    prisma: PrismaService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new RateLimiter(prisma, 'portal-ip', config.PORTAL_REQUESTS_PER_MINUTE, 60_000);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PortalRequest>();
    setPortalHeaders(context.switchToHttp().getResponse<Response>());
    const wait = await this.limiter.hit(request.ip ?? 'unknown');
    if (wait !== undefined) {
      throw new RetryLaterException(
        HttpStatus.TOO_MANY_REQUESTS,
        'Too Many Requests',
        `Trop de requêtes : réessayez dans ${wait} s`,
        wait,
      );
    }
    if (this.reflector.getAllAndOverride<boolean>(NO_SESSION, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const token = portalCookie(request);
    const session = token ? await this.links.open(token) : undefined;
    if (!session) {
      throw new UnauthorizedException('Ce lien a expiré ou a été révoqué.');
    }
    request.portal = session;
    return true;
  }
}
