import type { PrismaClient } from '../../src/generated/prisma/client';

/** A company calendar open every day at every hour: a step due now is sent now, whatever day the suite runs. */
const ALWAYS_OPEN = { businessDaysOnly: false, skipPublicHolidays: false, windowStart: '00:00', windowEnd: '23:59' };

/** Keeps the company's other dunning settings and opens its calendar around the clock. */
export async function openAroundTheClock(prisma: PrismaClient, companyId: string): Promise<void> {
  const company = await prisma.company.findUniqueOrThrow({ where: { id: companyId } });
  await prisma.company.update({
    where: { id: companyId },
    data: { dunningSettings: { ...(company.dunningSettings as object), ...ALWAYS_OPEN } },
  });
}
