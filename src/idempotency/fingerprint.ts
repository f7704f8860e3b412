import crypto from 'node:crypto';

// Keys sorted at every level, undefined dropped: the same request always hashes the same, whatever the JSON key order.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]),
  );
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** sha256 of the payload as canonical JSON. */
export function fingerprintOf(payload: unknown): string {
  return sha256(JSON.stringify(canonical(payload)) ?? 'undefined');
}
