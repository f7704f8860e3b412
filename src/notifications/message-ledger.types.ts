import type { OutgoingMail } from './mail-transport';

/** Who and what a message is for; the key makes every send happen at most once. */
export interface MessageContext {
  /** Workflow ID + step + action, given by the caller: the same key never sends twice. */
  idempotencyKey: string;
  companyId: string;
  invoiceId?: string;
  /** The business step that sends it (e.g. "D+3", "issue", "receipt"). */
  step: string;
  template?: string;
}

/** The mail as the SMTP transport takes it (an html body carries a read-receipt pixel); the ledger derives its Message-ID. */
export interface EmailRequest extends MessageContext, Omit<OutgoingMail, 'messageId'> {
  /** The body as recorded, when the sent text holds a credential (a portal link) the database must not keep. */
  storedText?: string;
  /** Archived documents attached (Document ids), recorded on the message. */
  documentIds?: string[];
  recipientUserId?: string;
}

export interface SmsRequest extends MessageContext {
  to: string;
  body: string;
}

/** An in-app notification for a staff user, copied to their email. */
export interface UserNotification extends MessageContext {
  userId: string;
  subject: string;
  text: string;
}
