import crypto from 'node:crypto';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { fingerprintOf, sha256 } from './fingerprint';

export interface IdempotentRequest {
  /** The operation, e.g. "dispute" or "payment". */
  action: string;
  invoiceId: string;
  userId: string;
  /** The validated Idempotency-Key header, if the client sent one. */
  key?: string;
  payload: unknown;
}

/** Turns an Idempotency-Key into the Temporal update id of one action on one invoice, refusing its reuse for another payload. */
@Injectable()
export class IdempotencyService {
  constructor(private readonly prisma: PrismaService) {}

  async updateIdFor(request: IdempotentRequest): Promise<string> {
    if (request.key === undefined) return crypto.randomUUID();
    const id = sha256([request.action, request.invoiceId, request.userId, request.key].join('\n'));
    const fingerprint = fingerprintOf(request.payload);
    const { action, invoiceId, userId } = request;
    await this.prisma.idempotencyKey.createMany({ data: [{ id, action, invoiceId, userId, fingerprint }], skipDuplicates: true });
    const first = await this.prisma.idempotencyKey.findUniqueOrThrow({ where: { id } });
    if (first.fingerprint !== fingerprint) {
      throw new UnprocessableEntityException(`This Idempotency-Key was already used for a different ${action} request on this invoice: use a new key`);
    }
    return `${action}:${id}`;
  }
}
