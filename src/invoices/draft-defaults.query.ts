import { companyTimeZone } from '../companies/company-settings';
import type { PrismaService } from '../prisma/prisma.service';

/** What a new draft takes from its customer and its company when the request does not say. */
export interface DraftDefaults {
  customerId: string;
  paymentTermsDays: number;
  timezone: string;
}

/** The customer's and company's defaults in one statement; null when the customer is not in the company. */
export async function findDraftDefaults(
  prisma: PrismaService,
  companyId: string,
  customerId: string,
): Promise<DraftDefaults | null> {
  const [row] = await prisma.$queryRaw<
    Array<{ customerTerms: number | null; companyTerms: number; dunningSettings: unknown }>
  >`
    SELECT c."paymentTermsDays" AS "customerTerms", co."defaultPaymentTermsDays" AS "companyTerms", co."dunningSettings"
    FROM "Customer" c JOIN "Company" co ON co.id = c."companyId"
    WHERE c.id = ${customerId} AND c."companyId" = ${companyId}`;
  if (!row) {
    return null;
  }
  return {
    customerId,
    paymentTermsDays: row.customerTerms ?? row.companyTerms,
    timezone: companyTimeZone({ dunningSettings: row.dunningSettings }),
  };
}
