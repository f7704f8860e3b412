import type { Prisma } from '../generated/prisma/client';
import type { Page } from '../common/pagination';
import type { PrismaService } from '../prisma/prisma.service';
import type { InvoiceSummary } from './invoice-view';

/** Past this many matches the list says "10 000+" instead of counting every row: nobody pages that far. */
export const LIST_TOTAL_CAP = 10_000;

export type InvoicePage = Page<InvoiceSummary> & { totalCapped: boolean };

/**
 * react-admin needs a total for its pagination. A page that is not full already tells it exactly (most filtered
 * lists fit on one page); otherwise the count runs on the index and stops at the cap instead of scanning 100,000 rows.
 */
export async function listTotal(
  prisma: PrismaService,
  where: Prisma.InvoiceWhereInput,
  page: { skip: number; take: number; shown: number },
): Promise<{ total: number; totalCapped: boolean }> {
  if (page.shown < page.take && (page.shown > 0 || page.skip === 0)) {
    return { total: page.skip + page.shown, totalCapped: false };
  }
  const counted = await prisma.invoice.count({ where, take: LIST_TOTAL_CAP + 1 });
  return { total: Math.min(counted, LIST_TOTAL_CAP), totalCapped: counted > LIST_TOTAL_CAP };
}
