import { openReceivableWhere } from '../customers/receivable-filters';
import type { PrismaService } from '../prisma/prisma.service';
import type { OpenInvoice } from './matching/invoice-index';

/** Invoices a transfer may pay: open receivables with a number and a workflow to record the payment. */
export async function loadOpenInvoices(prisma: PrismaService, companyId: string, ids?: string[]): Promise<OpenInvoice[]> {
  const rows = await prisma.invoice.findMany({
    where: { companyId, ...openReceivableWhere(), number: { not: null }, workflowId: { not: null }, ...(ids ? { id: { in: ids } } : {}) },
    select: { id: true, number: true, customerId: true, balanceCents: true, customer: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, number: row.number ?? '', customerId: row.customerId, customerName: row.customer.name, balanceCents: Number(row.balanceCents) }));
}
