// The customer's side of the portal in tests: links read from real emails, a cookie jar like a browser's.
import { eventually } from './back-office';
import { mailsTo, type MaildevMail } from './maildev';

const LINK = /https?:\/\/[^\s]+\/portal\/t\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/;

/** The portal token in an email's text. */
export function portalTokenIn(mail: MaildevMail): string {
  const match = LINK.exec(mail.text);
  if (!match) {
    throw new Error(`no portal link in the email "${mail.subject}"`);
  }
  return match[1];
}

/** Waits for the n-th email to an address (oldest first) whose subject matches, and returns its portal token. */
export async function portalTokenMailedTo(address: string, subject: RegExp, count = 1): Promise<string> {
  const mails = await eventually(
    async () => {
      const matching = (await mailsTo(address)).filter((mail) => subject.test(mail.subject));
      return matching.length >= count ? matching : undefined;
    },
    `${count} email(s) "${subject.source}" to ${address}`,
    120_000,
  );
  return portalTokenIn(mails[count - 1]);
}

export interface PortalAnswer {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
}

/** A customer's browser on the portal: opens a link once, then carries the cookie it was given. */
export class PortalVisitor {
  private cookie?: string;

  constructor(private readonly baseUrl: string) {}

  async open(token: string): Promise<PortalAnswer> {
    const answer = await this.request('GET', `/portal/t/${token}`);
    const setCookie = answer.headers.get('set-cookie');
    if (setCookie) {
      this.cookie = setCookie.split(';')[0];
    }
    return answer;
  }

  withCookie(cookie: string): PortalVisitor {
    const visitor = new PortalVisitor(this.baseUrl);
    visitor.cookie = cookie;
    return visitor;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<PortalAnswer> {
    return this.request('GET', path, undefined, headers);
  }

  /** A form post as a browser sends it (urlencoded). */
  post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<PortalAnswer> {
    return this.request('POST', path, new URLSearchParams(form).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    });
  }

  private async request(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<PortalAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      redirect: 'manual',
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, text: bytes.toString('utf8'), bytes };
  }
}

/** The request id the page put in its forms. */
export function requestIdIn(page: string): string {
  const match = /name="requestId" value="([0-9a-f-]{36})"/.exec(page);
  if (!match) {
    throw new Error('no request id in the page');
  }
  return match[1];
}
