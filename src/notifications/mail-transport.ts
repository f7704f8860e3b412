import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  to: string;
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** The Message-ID header, derived from the idempotency key (messageIdFor). */
  messageId: string;
}

/** Emails through the SMTP server of SMTP_URL, from MAIL_FROM, over a pool of SMTP_POOL_CONNECTIONS kept-open connections. */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A new connection per email costs a full greeting (~100 ms); a pool reuses them and bounds what the peer sees.
    this.transporter = nodemailer.createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: config.SMTP_POOL_CONNECTIONS,
      maxMessages: Infinity,
    });
  }

  async send(mail: OutgoingMail): Promise<{ providerId: string }> {
    const info = (await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      cc: mail.cc?.length ? mail.cc : undefined,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      messageId: mail.messageId,
    })) as { messageId?: string; response?: string };
    return { providerId: info.messageId ?? info.response ?? mail.messageId };
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
