// A provider error either proves the message was refused (FAILED: safe to send again) or leaves it open
// whether the provider took it (the request or the data went out, then the link broke): that case must be
// reconciled, never blindly resent.

interface ProviderError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  timeoutType?: string;
  status?: number;
}

/** Failures that happen before anything reached the provider. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
/** Nodemailer codes for a connection that broke mid-session, possibly after the message data went out. */
const SMTP_BROKEN_LINK = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EPROTOCOL']);
/** Network errors after an HTTP request was (possibly) sent. */
const HTTP_BROKEN_LINK = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ERR_BAD_RESPONSE',
]);

const fields = (error: unknown): ProviderError =>
  typeof error === 'object' && error !== null ? (error as ProviderError) : {};

/** True when an SMTP send failed in a way that leaves open whether the server accepted the message. */
export function smtpMayHaveAccepted(error: unknown): boolean {
  const e = fields(error);
  if (e.responseCode) {
    return false;
  }
  if (NOT_CONNECTED.has(e.originalCode ?? '') || NOT_CONNECTED.has(e.code ?? '')) {
    return false;
  }
  if (e.timeoutType && SETUP_TIMEOUTS.has(e.timeoutType)) {
    return false;
  }
  return SMTP_BROKEN_LINK.has(e.code ?? '');
}

/** True when a Twilio call failed in a way that leaves open whether Twilio created the message. */
export function twilioMayHaveAccepted(error: unknown): boolean {
  const e = fields(error);
  if (typeof e.status === 'number') {
    return e.status >= 500;
  }
  return HTTP_BROKEN_LINK.has(e.code ?? '');
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
