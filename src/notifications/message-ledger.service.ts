import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { Message } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { TaskRepository } from '../tasks/task.repository';
import { activityLog } from '../temporal/activity-context';
import { emailChannel, smsChannel, type Channel, type Outcome } from './delivery-channels';
import { errorText } from './delivery-errors';
import { crashPoint } from './fault-injection';
import { MailTransport } from './mail-transport';
import type { EmailRequest, SmsRequest, UserNotification } from './message-ledger.types';
import { emailRecord, internalRecord, smsRecord, verifyTaskFor, type MessageRecord } from './message-records';
import { MessageRepository } from './message.repository';
import { SmsTransport } from './sms-transport';

/**
 * Every email, SMS and in-app notification goes through here: recorded before and after the provider call
 * under the caller's idempotency key, so a retry finds the record instead of sending again, and a send
 * interrupted mid-way is reconciled or handed to a human, never silently repeated or lost.
 */
@Injectable()
export class MessageLedgerService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly messages: MessageRepository,
    private readonly mail: MailTransport,
    private readonly sms: SmsTransport,
    private readonly tasks: TaskRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sendEmail(request: EmailRequest): Promise<Message> {
    return this.deliver(emailRecord(request), emailChannel(this.mail, this.config, request));
  }

  sendSms(request: SmsRequest): Promise<Message> {
    return this.deliver(smsRecord(request, this.sms.outbox ? 'outbox' : 'twilio'), smsChannel(this.sms));
  }

  /** An in-app notification for a staff user (the returned message), plus a copy to their email. */
  async notifyUser(notification: UserNotification): Promise<Message> {
    const user = await this.prisma.user.findFirst({
      where: { id: notification.userId, companyId: notification.companyId },
    });
    if (!user) {
      throw new Error(`No user ${notification.userId} in company ${notification.companyId} to notify`);
    }
    const internal = await this.recordOnce(internalRecord(notification, user.email));
    const { userId, subject, text, ...context } = notification;
    await this.sendEmail({
      ...context,
      idempotencyKey: `${notification.idempotencyKey}:email`,
      to: user.email,
      subject,
      text,
      recipientUserId: userId,
    });
    return internal;
  }

  private async deliver(record: MessageRecord, channel: Channel): Promise<Message> {
    const existing = await this.messages.findByKey(record.idempotencyKey);
    if (!existing) {
      return this.sendNew(record, channel);
    }
    switch (existing.status) {
      case 'SENT':
      case 'OUTBOX':
        return existing;
      case 'UNCERTAIN':
        await this.ensureVerifyTask(existing);
        return existing;
      case 'FAILED':
        return this.retry(existing, channel);
      case 'SENDING':
        return this.reconcile(existing, channel);
    }
  }

  private async sendNew(record: MessageRecord, channel: Channel): Promise<Message> {
    const created = await this.messages.insert(record);
    // Losing the insert race means another attempt owns this send right now: report its record as it stands.
    return created ? this.attempt(created, channel) : this.messages.getByKey(record.idempotencyKey);
  }

  /** A FAILED send was refused by the provider, so it can go again; only one concurrent retry claims it. */
  private async retry(failed: Message, channel: Channel): Promise<Message> {
    const claimed = await this.messages.claimRetry(failed.id);
    const current = await this.messages.getByKey(failed.idempotencyKey);
    return claimed ? this.attempt(current, channel) : current;
  }

  private async attempt(row: Message, channel: Channel): Promise<Message> {
    crashPoint(this.config, 'before-provider', row.idempotencyKey);
    let outcome: Outcome;
    try {
      outcome = await channel.send(row);
    } catch (error) {
      await this.recordFailure(row, error, channel.mayHaveAccepted(error));
      throw error;
    }
    crashPoint(this.config, 'after-provider', row.idempotencyKey);
    return this.messages.markSent(row.id, outcome);
  }

  private async recordFailure(row: Message, error: unknown, mayHaveAccepted: boolean): Promise<void> {
    const text = errorText(error);
    if (!mayHaveAccepted) {
      activityLog(MessageLedgerService.name).warn(
        `${row.channel} ${row.idempotencyKey} FAILED (refused by ${row.provider}, retried later): ${text}`,
      );
      await this.messages.markFailed(row.id, text);
      return;
    }
    await this.messages.noteUnknownOutcome(row, text);
  }

  /** A send found SENDING was interrupted between recording and acknowledgement: ask the provider, else a human. */
  private async reconcile(row: Message, channel: Channel): Promise<Message> {
    const outcome = await channel.reconcile(row);
    if (!outcome) {
      return this.markUncertain(row, channel.uncertainReason);
    }
    await this.messages.settleSending(row.id, outcome);
    return this.messages.getByKey(row.idempotencyKey);
  }

  private async markUncertain(row: Message, reason: string): Promise<Message> {
    await this.ensureVerifyTask(row);
    const error = row.error ? `${reason} (${row.error})` : reason;
    activityLog(MessageLedgerService.name).warn(
      `${row.channel} ${row.idempotencyKey} UNCERTAIN (a verification task was opened, never resent): ${error}`,
    );
    await this.messages.markUncertain(row.id, error);
    return this.messages.getByKey(row.idempotencyKey);
  }

  private async ensureVerifyTask(row: Message): Promise<void> {
    const assigneeId = await this.tasks.advUserId(row.companyId);
    await this.tasks.createOnce(verifyTaskFor(row, assigneeId));
  }

  private async recordOnce(record: MessageRecord): Promise<Message> {
    return (
      (await this.messages.findByKey(record.idempotencyKey)) ??
      (await this.messages.insert(record)) ??
      this.messages.getByKey(record.idempotencyKey)
    );
  }
}
