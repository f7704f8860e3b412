import type { AppConfig } from '../config/config';
import type { Message } from '../generated/prisma/client';
import { smtpMayHaveAccepted, twilioMayHaveAccepted } from './delivery-errors';
import type { MailTransport } from './mail-transport';
import { messageIdFor } from './message-id';
import type { EmailRequest } from './message-ledger.types';
import type { SmsTransport } from './sms-transport';
import { trackingPixelUrl, withTrackingPixel } from './tracking-pixel';

/** What the provider did with a message. */
export interface Outcome {
  status: 'SENT' | 'OUTBOX';
  provider: string;
  providerId?: string;
}

/** One way out (email, SMS): how to send a recorded message and how to find out what became of an interrupted one. */
export interface Channel {
  send(row: Message): Promise<Outcome>;
  /** The outcome of a send interrupted after it was recorded, when the provider can tell; undefined when it cannot. */
  reconcile(row: Message): Promise<Outcome | undefined>;
  /** Whether a provider error leaves open that the message went out anyway. */
  mayHaveAccepted(error: unknown): boolean;
  /** Why an interrupted send stays uncertain. */
  uncertainReason: string;
}

/** Twilio's clock and ours may differ a little; look a bit before the attempt started. */
const CLOCK_SLACK_MS = 60_000;

export function emailChannel(mail: MailTransport, config: AppConfig, request: EmailRequest): Channel {
  return {
    async send(row) {
      const html = request.html && withTrackingPixel(request.html, trackingPixelUrl(config.PUBLIC_URL, row.id));
      const { subject, text, attachments } = request;
      const messageId = messageIdFor(row.idempotencyKey);
      const { providerId } = await mail.send({
        to: row.recipient,
        cc: row.cc,
        subject,
        text,
        html,
        attachments,
        messageId,
      });
      return { status: 'SENT', provider: 'smtp', providerId };
    },
    reconcile: () => Promise.resolve(undefined),
    mayHaveAccepted: smtpMayHaveAccepted,
    uncertainReason: 'interrupted before the SMTP server acknowledged it; SMTP cannot be asked whether it was accepted',
  };
}

export function smsChannel(sms: SmsTransport): Channel {
  return {
    async send(row) {
      if (sms.outbox) {
        return { status: 'OUTBOX', provider: 'outbox' };
      }
      const { providerId } = await sms.send({ to: row.recipient, body: row.body });
      return { status: 'SENT', provider: 'twilio', providerId };
    },
    async reconcile(row) {
      if (sms.outbox) {
        return { status: 'OUTBOX', provider: 'outbox' };
      }
      const sentAfter = new Date(row.updatedAt.getTime() - CLOCK_SLACK_MS);
      const sid = await sms.findSent({ to: row.recipient, body: row.body, sentAfter });
      return sid ? { status: 'SENT', provider: 'twilio', providerId: sid } : undefined;
    },
    mayHaveAccepted: twilioMayHaveAccepted,
    uncertainReason: 'interrupted before Twilio acknowledged it, and Twilio lists no such message',
  };
}
