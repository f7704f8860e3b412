import { Injectable } from '@nestjs/common';
import { Prisma, type Message } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { Outcome } from './delivery-channels';
import type { MessageRecord } from './message-records';

/** Every write to the Message table (the ledger's transitions, read receipts, letters); reads by key and by invoice. */
@Injectable()
export class MessageRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByKey(idempotencyKey: string): Promise<Message | null> {
    return this.prisma.message.findUnique({ where: { idempotencyKey } });
  }

  getByKey(idempotencyKey: string): Promise<Message> {
    return this.prisma.message.findUniqueOrThrow({ where: { idempotencyKey } });
  }

  /** An invoice's messages, oldest first. */
  ofInvoice(invoiceId: string): Promise<Message[]> {
    return this.prisma.message.findMany({ where: { invoiceId }, orderBy: { createdAt: 'asc' } });
  }

  withIds(ids: string[]): Promise<Message[]> {
    return this.prisma.message.findMany({ where: { id: { in: ids } } });
  }

  /** The new record, or undefined when another attempt recorded this key first. */
  async insert(record: MessageRecord): Promise<Message | undefined> {
    try {
      return await this.prisma.message.create({ data: record });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        return undefined;
      }
      throw error;
    }
  }

  /** Records once per key and returns the record (the first one when it existed). */
  insertOnce(record: MessageRecord): Promise<Message> {
    return this.prisma.message.upsert({ where: { idempotencyKey: record.idempotencyKey }, update: {}, create: record });
  }

  /** FAILED → SENDING for one more attempt; false when a concurrent retry claimed it first. */
  async claimRetry(id: string): Promise<boolean> {
    const { count } = await this.prisma.message.updateMany({
      where: { id, status: 'FAILED' },
      data: { status: 'SENDING', attempts: { increment: 1 }, error: null },
    });
    return count === 1;
  }

  markSent(id: string, outcome: Outcome): Promise<Message> {
    return this.prisma.message.update({ where: { id }, data: { ...outcome, sentAt: new Date(), error: null } });
  }

  /** A SENDING record the provider turned out to have accepted (reconciliation); no-op if it moved on. */
  async settleSending(id: string, outcome: Outcome): Promise<void> {
    await this.prisma.message.updateMany({
      where: { id, status: 'SENDING' },
      data: { ...outcome, sentAt: new Date(), error: null },
    });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.prisma.message.update({ where: { id }, data: { status: 'FAILED', error } });
  }

  /** Stays SENDING so the retry reconciles it; updatedAt kept as the attempt's start for the provider lookup. */
  async noteUnknownOutcome(row: Message, error: string): Promise<void> {
    await this.prisma.message.update({
      where: { id: row.id },
      data: { error: `outcome unknown: ${error}`, updatedAt: row.updatedAt },
    });
  }

  async markUncertain(id: string, error: string): Promise<void> {
    await this.prisma.message.updateMany({ where: { id, status: 'SENDING' }, data: { status: 'UNCERTAIN', error } });
  }

  /** Records the first time a message was opened; later opens keep that first timestamp. */
  async markRead(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.message.updateMany({ where: { id, readAt: null }, data: { readAt: at } });
    return count === 1;
  }
}
