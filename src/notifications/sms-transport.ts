import { Inject, Injectable } from '@nestjs/common';
import twilio, { type Twilio } from 'twilio';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { BaseUrlRequestClient } from './twilio-request-client';

export interface OutgoingSms {
  to: string;
  body: string;
}

/** Recent messages to one number since the attempt: one page on Twilio; bounds paging on a peer that always offers a next page. */
const RECONCILE_LIMIT = 20;

/** SMS through Twilio; without Twilio settings it is an outbox (nothing leaves, the ledger records OUTBOX). */
@Injectable()
export class SmsTransport {
  private readonly client?: Twilio;
  private readonly from?: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const settings = config.twilio;
    if (!settings) {
      return;
    }
    const httpClient = settings.baseUrl ? new BaseUrlRequestClient(settings.baseUrl) : undefined;
    this.client = twilio(settings.accountSid, settings.authToken, { httpClient });
    this.from = settings.from;
  }

  get outbox(): boolean {
    return !this.client;
  }

  async send(sms: OutgoingSms): Promise<{ providerId: string }> {
    const message = await this.twilio().messages.create({ to: sms.to, from: this.from, body: sms.body });
    return { providerId: message.sid };
  }

  /** The SID of a message with exactly this body sent to `to` since `sentAfter`, if Twilio has one. */
  async findSent(query: OutgoingSms & { sentAfter: Date }): Promise<string | undefined> {
    const messages = await this.twilio().messages.list({
      to: query.to,
      from: this.from,
      dateSentAfter: query.sentAfter,
      pageSize: RECONCILE_LIMIT,
      limit: RECONCILE_LIMIT,
    });
    const created = (m: { dateCreated?: Date | null }) => (m.dateCreated ? m.dateCreated.getTime() : Infinity);
    return messages.find((m) => m.body === query.body && m.to === query.to && created(m) >= query.sentAfter.getTime())
      ?.sid;
  }

  private twilio(): Twilio {
    if (!this.client) {
      throw new Error(
        'Twilio is not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM): SMS go to the outbox',
      );
    }
    return this.client;
  }
}
