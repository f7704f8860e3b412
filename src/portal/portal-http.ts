import type { Request, Response } from 'express';
import type { PortalSession } from './portal-links.service';

export const PORTAL_COOKIE = 'acquitte_portal';

export type PortalRequest = Request & { portal?: PortalSession };

/** No cache, no referrer (a token in a URL never leaks to another site), no framing, nothing loaded from elsewhere. */
export function setPortalHeaders(response: Response): void {
  response.set({
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  });
}

/** The portal cookie's token, if the request carries one (a staff bearer token is never looked at). */
export function portalCookie(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === PORTAL_COOKIE) {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

export function setPortalCookie(response: Response, session: PortalSession, secure: boolean): void {
  response.cookie(PORTAL_COOKIE, session.token, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/portal',
    expires: session.expiresAt,
  });
}

export function clearPortalCookie(response: Response, secure: boolean): void {
  response.clearCookie(PORTAL_COOKIE, { httpOnly: true, secure, sameSite: 'lax', path: '/portal' });
}
