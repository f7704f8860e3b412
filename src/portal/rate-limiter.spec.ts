import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets the limit through, then answers the seconds left in the window', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect(limiter.hit('ip', 0)).toBeUndefined();
    expect(limiter.hit('ip', 1_000)).toBeUndefined();
    expect(limiter.hit('ip', 10_000)).toBe(50);
    expect(limiter.hit('other', 10_000)).toBeUndefined();
    expect(limiter.hit('ip', 60_000)).toBeUndefined();
  });
});
