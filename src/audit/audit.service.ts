import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';

export interface AuditEntry {
  companyId: string;
  invoiceId?: string;
  /** A user id, or undefined for the system (workflow). */
  actorId?: string;
  actorLabel: string;
  action: string;
  details?: Prisma.InputJsonValue;
  origin?: RequestOrigin;
}

/** Who did what, when, from where: the invoice timeline and the legal audit trail. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(entry: AuditEntry, tx: Prisma.TransactionClient = this.prisma): Promise<void> {
    const { origin, ...rest } = entry;
    await tx.auditEvent.create({ data: { ...rest, ip: origin?.ip, userAgent: origin?.userAgent } });
  }

  /** An entry whose actor is the signed-in user: their company, id and name. */
  recordByUser(
    user: AuthUser,
    entry: Omit<AuditEntry, 'companyId' | 'actorId' | 'actorLabel'>,
    tx: Prisma.TransactionClient = this.prisma,
  ): Promise<void> {
    return this.record({ companyId: user.companyId, actorId: user.id, actorLabel: user.fullName, ...entry }, tx);
  }

  /** Many entries in one INSERT (bulk imports). */
  async recordMany(entries: AuditEntry[], tx: Prisma.TransactionClient = this.prisma): Promise<void> {
    if (entries.length === 0) {
      return;
    }
    await tx.auditEvent.createMany({
      data: entries.map(({ origin, ...rest }) => ({ ...rest, ip: origin?.ip, userAgent: origin?.userAgent })),
    });
  }
}
