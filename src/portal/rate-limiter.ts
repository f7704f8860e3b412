/**
 * Fixed-window counters in memory, per key (an IP, an address). One API process holds them: behind several API
 * processes each counts its own share, which still bounds guessing and mail flooding.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit; the seconds to wait when the key is over its limit, else undefined. */
  hit(key: string, now = Date.now()): number | undefined {
    if (this.#windows.size > MAX_KEYS) {
      this.prune(now);
    }
    const window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      this.#windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return undefined;
    }
    window.count += 1;
    return window.count > this.limit ? Math.max(1, Math.ceil((window.resetAt - now) / 1000)) : undefined;
  }

  private prune(now: number): void {
    for (const [key, window] of this.#windows) {
      if (window.resetAt <= now) {
        this.#windows.delete(key);
      }
    }
  }
}

// Bounds memory under a flood of distinct IPs: expired windows are dropped past this many keys.
const MAX_KEYS = 10_000;
