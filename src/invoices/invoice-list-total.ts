import type { Prisma } from '../generated/prisma/client';
import type { Page } from '../common/pagination';
import type { PrismaService } from '../prisma/prisma.service';
import type { InvoiceSummary } from './invoice-view';

/** Past this many matches the list says "10 000+" instead of counting every row: nobody pages that far. */
export const LIST_TOTAL_CAP = 10_000;

export type InvoicePage = Page<InvoiceSummary> & { totalCapped: boolean };

/** react-admin needs a total for its pagination; counting on the index stops at the cap instead of scanning 100,000 rows. */
export async function listTotal(prisma: PrismaService, where: Prisma.InvoiceWhereInput): Promise<{ total: number; totalCapped: boolean }> {
  const counted = await prisma.invoice.count({ where, take: LIST_TOTAL_CAP + 1 });
  return { total: Math.min(counted, LIST_TOTAL_CAP), totalCapped: counted > LIST_TOTAL_CAP };
}
