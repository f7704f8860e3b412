import type { Prisma } from '../generated/prisma/client';
import { withCents, type WithCents } from '../prisma/money-columns';
import type { PrismaService } from '../prisma/prisma.service';

export const invoiceContextInclude = {
  company: true,
  customer: { include: { owner: { include: { manager: true } } } },
  createdBy: true,
  payments: { orderBy: { paidAt: 'asc' } },
  creditNotes: { orderBy: { createdAt: 'asc' } },
} satisfies Prisma.InvoiceInclude;

/** An invoice with everything a message or document about it needs. */
export type InvoiceContext = WithCents<Prisma.InvoiceGetPayload<{ include: typeof invoiceContextInclude }>>;

export async function loadInvoiceContext(prisma: PrismaService, invoiceId: string): Promise<InvoiceContext> {
  return withCents(
    await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: invoiceContextInclude }),
  );
}

export const invoiceNumberOf = (invoice: { number: string | null; externalNumber: string | null }): string =>
  invoice.number ?? invoice.externalNumber ?? 'brouillon';
