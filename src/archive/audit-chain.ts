import { sha256Hex } from '../documents/document-archive';
import type { AuditEvent, Prisma, PrismaClient } from '../generated/prisma/client';

// The audit trail is append-only (a trigger refuses UPDATE and DELETE) and hash-chained per company: events are
// written freely, then sealed in order by one sealer at a time, so writers never queue on a chain lock.

type ChainedFields = Pick<
  AuditEvent,
  'id' | 'companyId' | 'invoiceId' | 'actorId' | 'actorLabel' | 'action' | 'details' | 'ip' | 'userAgent' | 'createdAt'
>;

export interface AuditChainCheck {
  ok: boolean;
  count: number;
  head: string | null;
  brokenAt?: number;
  reason?: string;
}

const SEAL_BATCH = 500;
const VERIFY_PAGE = 1000;

/** sha256 over the previous hash, the position and every recorded field of the event. */
export function auditChainHashOf(event: ChainedFields, chainIndex: number, previousHash: string | null): string {
  const fields = [
    previousHash ?? '',
    chainIndex,
    event.id,
    event.companyId,
    event.invoiceId ?? '',
    event.actorId ?? '',
    event.actorLabel,
    event.action,
    event.details === null ? '' : JSON.stringify(event.details),
    event.ip ?? '',
    event.userAgent ?? '',
    event.createdAt.toISOString(),
  ];
  return sha256Hex(JSON.stringify(fields));
}

export class AuditChain {
  constructor(private readonly prisma: PrismaClient) {}

  /** Seals every unsealed event of the company, oldest first; returns how many were sealed. */
  async seal(companyId: string): Promise<number> {
    let sealed = 0;
    for (;;) {
      const count = await this.prisma.$transaction((tx) => this.sealBatch(tx, companyId), {
        maxWait: 15_000,
        timeout: 60_000,
      });
      sealed += count;
      if (count < SEAL_BATCH) {
        return sealed;
      }
    }
  }

  private async sealBatch(tx: Prisma.TransactionClient, companyId: string): Promise<number> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`acquitte:audit:${companyId}`}, 0))`;
    const last = await tx.auditEvent.findFirst({
      where: { companyId, chainIndex: { not: null } },
      orderBy: { chainIndex: 'desc' },
      select: { chainIndex: true, chainHash: true },
    });
    const pending = await tx.auditEvent.findMany({
      where: { companyId, chainIndex: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: SEAL_BATCH,
    });
    if (pending.length === 0) {
      return 0;
    }
    let previousHash = last?.chainHash ?? null;
    const links = pending.map((event, i) => {
      const link = { id: event.id, chainIndex: (last?.chainIndex ?? 0) + i + 1, previousHash };
      previousHash = auditChainHashOf(event, link.chainIndex, link.previousHash);
      return { ...link, chainHash: previousHash };
    });
    // One UPDATE for the whole batch: one per event cost a compiled query for every audited request.
    await tx.$executeRaw`
      UPDATE "AuditEvent" AS e SET "chainIndex" = s.index, "previousHash" = s.previous, "chainHash" = s.hash
      FROM unnest(${links.map((l) => l.id)}::text[], ${links.map((l) => l.chainIndex)}::int[],
        ${links.map((l) => l.previousHash)}::text[], ${links.map((l) => l.chainHash)}::text[]) AS s(id, index, previous, hash)
      WHERE e.id = s.id`;
    return pending.length;
  }

  /** Walks the sealed events in order: consecutive indexes, links and hashes. */
  async verify(companyId: string): Promise<AuditChainCheck> {
    let previous: { chainIndex: number; chainHash: string } | undefined;
    let count = 0;
    for (;;) {
      const page = await this.prisma.auditEvent.findMany({
        where: { companyId, chainIndex: { gt: previous?.chainIndex ?? 0 } },
        orderBy: { chainIndex: 'asc' },
        take: VERIFY_PAGE,
      });
      for (const event of page) {
        const reason = linkProblem(event, previous);
        if (reason) {
          return { ok: false, count, head: previous?.chainHash ?? null, brokenAt: event.chainIndex!, reason };
        }
        previous = { chainIndex: event.chainIndex!, chainHash: event.chainHash! };
        count += 1;
      }
      if (page.length < VERIFY_PAGE) {
        return { ok: true, count, head: previous?.chainHash ?? null };
      }
    }
  }
}

function linkProblem(
  event: AuditEvent,
  previous: { chainIndex: number; chainHash: string } | undefined,
): string | undefined {
  const expected = (previous?.chainIndex ?? 0) + 1;
  if (event.chainIndex !== expected) {
    return `chain index ${event.chainIndex} follows ${expected - 1}: an event is missing`;
  }
  if (event.previousHash !== (previous?.chainHash ?? null)) {
    return 'previousHash does not match the previous event';
  }
  if (event.chainHash !== auditChainHashOf(event, event.chainIndex, event.previousHash)) {
    return 'chainHash does not match the event';
  }
  return undefined;
}
