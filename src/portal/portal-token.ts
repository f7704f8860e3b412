import crypto from 'node:crypto';

/**
 * A portal token is `<link id>.<HMAC-SHA256 of the id>`: only the id is stored (with its customer, expiry and
 * revocation), so a copy of the database opens no portal, and a forged id fails the signature before any query.
 */
const TOKEN = /^([A-Za-z0-9_-]{32})\.([A-Za-z0-9_-]{43})$/;

/** The signing key, derived from the server secret so staff JWTs and portal tokens never share a key. */
export function portalSigningKey(serverSecret: string): Buffer {
  return crypto.createHmac('sha256', serverSecret).update('acquitte-portal-link-v1').digest();
}

/** A link id from a seed: an email's idempotency key gives the same link on every retry of that email. */
export function portalLinkId(seed: string): string {
  return crypto.createHash('sha256').update(`portal-link\n${seed}`).digest('base64url').slice(0, 32);
}

export function signPortalLink(key: Buffer, linkId: string): string {
  return `${linkId}.${mac(key, linkId)}`;
}

/** The link id of a well-signed token, else undefined. */
export function verifiedPortalLinkId(key: Buffer, token: string): string | undefined {
  const match = TOKEN.exec(token);
  if (!match) {
    return undefined;
  }
  const [, linkId, signature] = match;
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(mac(key, linkId))) ? linkId : undefined;
}

const mac = (key: Buffer, linkId: string): string =>
  crypto.createHmac('sha256', key).update(linkId).digest('base64url');
