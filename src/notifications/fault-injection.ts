import type { AppConfig } from '../config/config';

export type CrashPoint = 'before-provider' | 'after-provider';

/**
 * Test-only: dies like `kill -9` of the worker mid-step when ACQUITTE_FAULT names this point
 * (`message:<point>`, or `message:<point>:<part of the idempotency key>` to hit one message only).
 */
export function crashPoint(
  config: Pick<AppConfig, 'NODE_ENV' | 'ACQUITTE_FAULT'>,
  point: CrashPoint,
  key: string,
): void {
  if (config.NODE_ENV !== 'test' || !config.ACQUITTE_FAULT) {
    return;
  }
  if (!faultMatches(config.ACQUITTE_FAULT, point, key)) {
    return;
  }
  process.stderr.write(`[fault-injection] crashing at message:${point} for ${key}\n`);
  process.exit(137);
}

function faultMatches(fault: string, point: CrashPoint, key: string): boolean {
  const prefix = `message:${point}`;
  if (fault === prefix) {
    return true;
  }
  if (!fault.startsWith(`${prefix}:`)) {
    return false;
  }
  return key.includes(fault.slice(prefix.length + 1));
}
