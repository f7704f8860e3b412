// Portal rate limits on a real PostgreSQL: two limiters stand for two API processes and count against one limit.
import { PrismaService } from '../../src/prisma/prisma.service';
import { RateLimiter } from '../../src/portal/rate-limiter';
import { createTestDatabase } from '../support/database';
import { integrationConfig } from './support';

const MINUTE = 60_000;
// A window boundary, so the instants below fall in known windows.
const t0 = Date.parse('2026-12-01T09:00:00Z');

let prisma: PrismaService;

beforeAll(async () => {
  prisma = new PrismaService(integrationConfig({ DATABASE_URL: await createTestDatabase('rate-limits') }));
});

afterAll(async () => {
  await prisma?.$disconnect();
});

describe('RateLimiter', () => {
  it('lets the limit through across processes, then answers the seconds left in the window', async () => {
    const [first, second] = [0, 1].map(() => new RateLimiter(prisma, 'portal-ip', 2, MINUTE));
    expect(await first.hit('203.0.113.7', t0)).toBeUndefined();
    expect(await second.hit('203.0.113.7', t0 + 1_000)).toBeUndefined();
    expect(await first.hit('203.0.113.7', t0 + 10_000)).toBe(50);
    expect(await second.hit('203.0.113.7', t0 + 59_500)).toBe(1);
    expect(await second.hit('198.51.100.2', t0 + 10_000)).toBeUndefined();
    expect(await first.hit('203.0.113.7', t0 + MINUTE)).toBeUndefined();
  });

  it('counts each scope apart: the same key under another limiter has its own window', async () => {
    const perIp = new RateLimiter(prisma, 'link-ip', 1, MINUTE);
    const perAddress = new RateLimiter(prisma, 'link-address', 1, MINUTE);
    expect(await perIp.hit('same', t0)).toBeUndefined();
    expect(await perAddress.hit('same', t0)).toBeUndefined();
    expect(await perIp.hit('same', t0)).toBe(60);
  });

  it('prunes its expired windows, not the current ones nor other scopes', async () => {
    const limiter = new RateLimiter(prisma, 'prune', 1_000, MINUTE);
    const other = new RateLimiter(prisma, 'kept', 1_000, MINUTE);
    await other.hit('old', t0);
    for (let i = 0; i < 499; i++) {
      await limiter.hit(`ip-${i}`, t0);
    }
    expect(await prisma.rateWindow.count({ where: { key: { startsWith: 'prune:' } } })).toBe(499);
    await limiter.hit('late', t0 + 2 * MINUTE);
    expect(
      await prisma.rateWindow.findMany({ where: { key: { startsWith: 'prune:' } }, select: { key: true } }),
    ).toEqual([{ key: 'prune:late' }]);
    expect(await prisma.rateWindow.count({ where: { key: 'kept:old' } })).toBe(1);
  });
});
