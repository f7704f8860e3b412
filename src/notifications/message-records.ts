import type { Message, Prisma } from '../generated/prisma/client';
import type { NewTask } from '../tasks/tasks.types';
import type { EmailRequest, SmsRequest, UserNotification } from './message-ledger.types';

export type MessageRecord = Prisma.MessageUncheckedCreateInput;

const DAY_MS = 24 * 60 * 60 * 1000;

export function emailRecord(request: EmailRequest): MessageRecord {
  return {
    ...context(request),
    channel: 'EMAIL',
    recipient: request.to,
    recipientUserId: request.recipientUserId,
    cc: request.cc ?? [],
    subject: request.subject,
    body: request.storedText ?? request.text,
    documentIds: request.documentIds ?? [],
    status: 'SENDING',
    provider: 'smtp',
  };
}

export function smsRecord(request: SmsRequest, provider: 'twilio' | 'outbox'): MessageRecord {
  return {
    ...context(request),
    channel: 'SMS',
    recipient: request.to,
    body: request.body,
    status: 'SENDING',
    provider,
  };
}

/** In-app notifications are delivered by being recorded. */
export function internalRecord(notification: UserNotification, recipient: string): MessageRecord {
  return {
    ...context(notification),
    channel: 'INTERNAL',
    recipient,
    recipientUserId: notification.userId,
    subject: notification.subject,
    body: notification.text,
    status: 'SENT',
    provider: 'internal',
    sentAt: new Date(),
  };
}

/** The task asking a human to check a message that may or may not have gone out. */
export function verifyTaskFor(message: Message, assigneeId: string | undefined, now = new Date()): NewTask {
  const what = message.channel === 'SMS' ? 'SMS' : (message.subject ?? message.channel);
  return {
    idempotencyKey: `${message.idempotencyKey}:verify`,
    companyId: message.companyId,
    invoiceId: message.invoiceId ?? undefined,
    type: 'VERIFY_UNCERTAIN_MESSAGE',
    title: `Vérifier l'envoi incertain : ${what} à ${message.recipient}`,
    description:
      `L'envoi a été interrompu entre son enregistrement et la réponse du fournisseur (${message.provider}) : ` +
      `le message est peut-être parti, peut-être pas. Vérifiez auprès du destinataire ou chez le fournisseur, ` +
      `puis renvoyez-le à la main si besoin (il ne sera jamais renvoyé automatiquement). Clé : ${message.idempotencyKey}.`,
    assigneeId,
    dueAt: new Date(now.getTime() + DAY_MS),
  };
}

function context(request: EmailRequest | SmsRequest | UserNotification) {
  const { idempotencyKey, companyId, invoiceId, step, template } = request;
  return { idempotencyKey, companyId, invoiceId, step, template };
}
