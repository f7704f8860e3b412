import { openReceivableWhere } from '../customers/receivable-filters';
import type { PrismaService } from '../prisma/prisma.service';
import type { OpenInvoice } from './matching/invoice-index';

/** Invoices a transfer may pay: open receivables with a workflow; an imported one is known by its external number. */
export async function loadOpenInvoices(
  prisma: PrismaService,
  companyId: string,
  ids?: string[],
): Promise<OpenInvoice[]> {
  const rows = await prisma.invoice.findMany({
    where: { companyId, ...openReceivableWhere(), workflowId: { not: null }, ...(ids ? { id: { in: ids } } : {}) },
    select: {
      id: true,
      number: true,
      externalNumber: true,
      customerId: true,
      balanceCents: true,
      customer: { select: { name: true } },
    },
  });
  return rows
    .filter((row) => row.number ?? row.externalNumber)
    .map((row) => ({
      id: row.id,
      number: row.number ?? row.externalNumber ?? '',
      customerId: row.customerId,
      customerName: row.customer.name,
      balanceCents: Number(row.balanceCents),
    }));
}
