import type { PrismaService } from '../prisma/prisma.service';

/**
 * Fixed-window counters per key (an IP, an address) in PostgreSQL: every API process counts against the same limit.
 * The one writer of RateWindow; each limiter prunes its own expired windows now and then.
 */
export class RateLimiter {
  #hitsSincePrune = 0;

  constructor(
    private readonly prisma: PrismaService,
    private readonly scope: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit; the seconds to wait when the key is over its limit, else undefined. */
  async hit(key: string, now = Date.now()): Promise<number | undefined> {
    const windowStart = now - (now % this.windowMs);
    const [{ hits }] = await this.prisma.$queryRaw<[{ hits: number }]>`
      INSERT INTO "RateWindow" ("key", "windowStart", "hits")
      VALUES (${`${this.scope}:${key}`}, ${new Date(windowStart)}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "hits" = "RateWindow"."hits" + 1
      RETURNING "hits"`;
    await this.pruneNowAndThen(now);
    return hits > this.limit ? Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000)) : undefined;
  }

  private async pruneNowAndThen(now: number): Promise<void> {
    this.#hitsSincePrune += 1;
    if (this.#hitsSincePrune < PRUNE_EVERY_HITS) {
      return;
    }
    this.#hitsSincePrune = 0;
    await this.prisma.rateWindow.deleteMany({
      where: { key: { startsWith: `${this.scope}:` }, windowStart: { lt: new Date(now - this.windowMs) } },
    });
  }
}

// Bounds the table under a flood of distinct IPs at the cost of one DELETE per this many hits.
const PRUNE_EVERY_HITS = 500;
