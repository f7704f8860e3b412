import { session } from './http';

/** A stored token whose JWT `exp` has passed counts as no session: the API would answer 401 to everything. */
export function hasLiveSession(now = Date.now()): boolean {
  const token = session.token();
  if (!token) {
    return false;
  }
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return payload.exp === undefined || payload.exp * 1000 > now;
  } catch {
    return false;
  }
}

/**
 * Before the admin mounts, an anonymous visitor is put straight on #/login (one history replace). Left to react-admin,
 * its logout-on-mount and store resets interrupt the router's transition to /login thousands of times.
 */
export function startAnonymousVisitorsAtLogin(): void {
  if (hasLiveSession()) {
    return;
  }
  session.clear();
  if (!window.location.hash.startsWith('#/login')) {
    window.history.replaceState(null, '', '#/login');
  }
}
