import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { withCents } from '../prisma/money-columns';
import { PrismaService } from '../prisma/prisma.service';

const withInstallments = { installments: { orderBy: { position: 'asc' } } } satisfies Prisma.PaymentPlanInclude;

export type StoredPlan = NonNullable<Awaited<ReturnType<PaymentPlanRepository['findLatest']>>>;

export interface NewPlan {
  companyId: string;
  invoiceId: string;
  requestId: string;
  reason: string;
  grantedById: string;
  grantedByName: string;
  coveredAtGrantCents: number;
  onMissed: string;
  installments: Array<{ position: number; dueDate: Date; amountCents: number; remindAt: Date | null; watchAt: Date }>;
}

/** The invoice's active plan with its installments, in the caller's transaction (null: none). */
export async function activePlanOf(invoiceId: string, db: Prisma.TransactionClient) {
  const row = await db.paymentPlan.findFirst({ where: { invoiceId, status: 'ACTIVE' }, include: withInstallments });
  return row && withCents(row);
}

/** The one writer of PaymentPlan and its installments. */
@Injectable()
export class PaymentPlanRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Stored once per grant request: a retry finds the plan it created. */
  async createOnce(plan: NewPlan) {
    const { installments, coveredAtGrantCents, ...fields } = plan;
    const row = await this.prisma.paymentPlan.upsert({
      where: { requestId: plan.requestId },
      update: {},
      create: {
        ...fields,
        coveredAtGrantCents: BigInt(coveredAtGrantCents),
        installments: { create: installments.map((i) => ({ ...i, amountCents: BigInt(i.amountCents) })) },
      },
      include: withInstallments,
    });
    return withCents(row);
  }

  async find(planId: string) {
    return withCents(
      await this.prisma.paymentPlan.findUniqueOrThrow({ where: { id: planId }, include: withInstallments }),
    );
  }

  /** The invoice's most recent plan (active, completed or cancelled), or null. */
  async findLatest(invoiceId: string) {
    const row = await this.prisma.paymentPlan.findFirst({
      where: { invoiceId },
      orderBy: { createdAt: 'desc' },
      include: withInstallments,
    });
    return row && withCents(row);
  }

  async markReminded(planId: string, position: number, at: Date): Promise<void> {
    await this.prisma.paymentPlanInstallment.updateMany({
      where: { planId, position, remindedAt: null },
      data: { remindedAt: at },
    });
  }

  async markMissed(planId: string, position: number, at: Date): Promise<void> {
    await this.prisma.paymentPlanInstallment.updateMany({
      where: { planId, position, missedAt: null },
      data: { missedAt: at },
    });
  }

  /** Ends an active plan; false when it had already ended (a retried call). */
  async end(planId: string, status: 'COMPLETED' | 'CANCELLED', reason: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.paymentPlan.updateMany({
      where: { id: planId, status: 'ACTIVE' },
      data: { status, endReason: reason, endedAt: at },
    });
    return count === 1;
  }
}
