import crypto from 'node:crypto';
import { HttpException, Injectable, UnprocessableEntityException } from '@nestjs/common';
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

/** Runs one action on one invoice under its Idempotency-Key: the key gives the Temporal update id and may not be reused for another payload. */
@Injectable()
export class IdempotencyService {
  constructor(private readonly prisma: PrismaService) {}

  /** `apply` gets the update id; a refusal (4xx: nothing happened) of a first use frees the key, any other failure keeps it for the retry. */
  async run<T>(request: IdempotentRequest, apply: (updateId: string) => Promise<T>): Promise<T> {
    if (request.key === undefined) {
      return apply(crypto.randomUUID());
    }
    const claim = await this.claim(request);
    try {
      return await apply(claim.updateId);
    } catch (error) {
      if (claim.firstUse && error instanceof HttpException && error.getStatus() < 500) {
        await this.prisma.idempotencyKey.deleteMany({ where: { id: claim.id } });
      }
      throw error;
    }
  }

  private async claim({
    action,
    invoiceId,
    userId,
    key,
    payload,
  }: IdempotentRequest): Promise<{ id: string; updateId: string; firstUse: boolean }> {
    const id = sha256([action, invoiceId, userId, key].join('\n'));
    const fingerprint = fingerprintOf(payload);
    const { count } = await this.prisma.idempotencyKey.createMany({
      data: [{ id, action, invoiceId, userId, fingerprint }],
      skipDuplicates: true,
    });
    const first = await this.prisma.idempotencyKey.findUniqueOrThrow({ where: { id } });
    if (first.fingerprint !== fingerprint) {
      throw new UnprocessableEntityException(
        `This Idempotency-Key was already used for a different ${action} request on this invoice: use a new key`,
      );
    }
    // The payload is part of the update id too: a freed key reused for another payload is a new update, not a replay.
    return { id, updateId: `${action}:${sha256(`${id}\n${fingerprint}`)}`, firstUse: count === 1 };
  }
}
