import crypto from 'node:crypto';

/** The Message-ID header of an email: derived from its idempotency key so a receiving system can spot a duplicate. */
export function messageIdFor(idempotencyKey: string): string {
  const digest = crypto.createHash('sha256').update(idempotencyKey).digest('hex');
  return `<${digest.slice(0, 32)}@acquitte.local>`;
}
