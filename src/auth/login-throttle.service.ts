import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { RetryLaterException } from '../common/retry-after';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { User } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { RequestOrigin } from './decorators';

type FailureScope = { email: string } | { ip: string };

/** Brute-force guard of /auth/login: too many recent failures for an account or from an IP answer 429 until the window slides. */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger('Login');

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checked before the password, so a locked account costs no bcrypt and learns nothing. */
  async assertAllowed(email: string, origin: RequestOrigin): Promise<void> {
    const ends = await Promise.all([
      this.lockEnd({ email }, this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT),
      this.lockEnd({ ip: ipOf(origin) }, this.config.LOGIN_MAX_FAILURES_PER_IP),
    ]);
    const until = Math.max(...ends.map((end) => end ?? 0));
    if (until === 0) {
      return;
    }
    const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    throw new RetryLaterException(
      HttpStatus.TOO_MANY_REQUESTS,
      'Too Many Requests',
      `Too many failed logins: try again in ${Math.ceil(seconds / 60)} min`,
      seconds,
    );
  }

  async recordFailure(email: string, origin: RequestOrigin, user: User | null): Promise<void> {
    const ip = ipOf(origin);
    await this.prisma.loginFailure.create({ data: { email, ip } });
    const accountLockEnd = await this.lockEnd({ email }, this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    if (accountLockEnd !== undefined && user) {
      const details = {
        failures: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        windowSeconds: this.config.LOGIN_FAILURE_WINDOW_SECONDS,
        until: new Date(accountLockEnd).toISOString(),
      };
      await this.audit.recordByUser(user, { action: 'auth.account-locked', details, origin });
    }
    if (
      accountLockEnd !== undefined ||
      (await this.lockEnd({ ip }, this.config.LOGIN_MAX_FAILURES_PER_IP)) !== undefined
    ) {
      this.logger.warn(`Login locked for ${email} from ${ip} after repeated failures`);
    }
  }

  /** A successful login forgives the account's failures (not the IP's). */
  async clearAccount(email: string): Promise<void> {
    await this.prisma.loginFailure.deleteMany({ where: { email } });
  }

  // The lock lasts until the oldest of the last `max` failures leaves the window.
  private async lockEnd(scope: FailureScope, max: number): Promise<number | undefined> {
    const windowMs = this.config.LOGIN_FAILURE_WINDOW_SECONDS * 1000;
    const recent = await this.prisma.loginFailure.findMany({
      where: { ...scope, createdAt: { gt: new Date(Date.now() - windowMs) } },
      orderBy: { createdAt: 'desc' },
      take: max,
      select: { createdAt: true },
    });
    return recent.length < max ? undefined : recent[max - 1].createdAt.getTime() + windowMs;
  }
}

const ipOf = (origin: RequestOrigin) => origin.ip ?? 'unknown';
