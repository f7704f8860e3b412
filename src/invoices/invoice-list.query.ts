import { Prisma } from '../generated/prisma/client';
import type { PrismaService } from '../prisma/prisma.service';
import { invoiceSummarySelect, type ListRow } from './invoice-view';

const { customer: _customer, createdBy: _createdBy, ...summaryColumns } = invoiceSummarySelect;
/** The list's own columns, with the keys of its customer and creator instead of Prisma relations. */
const listColumns = { ...summaryColumns, customerId: true, createdById: true } satisfies Prisma.InvoiceSelect;

type Person<K extends 'customer' | 'createdBy'> = ListRow[K];

/**
 * A page of the list in two statements: the filtered page (Prisma builds the filters), then its customers and creators
 * in one raw statement, where a Prisma relation select costs one more compiled statement per relation.
 */
export async function findInvoicePage(
  prisma: PrismaService,
  args: Pick<Prisma.InvoiceFindManyArgs, 'where' | 'orderBy' | 'skip' | 'take'>,
): Promise<ListRow[]> {
  const rows = await prisma.invoice.findMany({ ...args, select: listColumns });
  if (rows.length === 0) {
    return [];
  }
  const [people] = await prisma.$queryRaw<Array<{ customers: Person<'customer'>[]; users: Person<'createdBy'>[] }>>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'profile', c.profile, 'ownerId', c."ownerId")), '[]'::json)
        FROM "Customer" c WHERE c.id IN (${Prisma.join(unique(rows.map((row) => row.customerId)))})) AS customers,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'fullName', u."fullName")), '[]'::json)
        FROM "User" u WHERE u.id IN (${Prisma.join(unique(rows.map((row) => row.createdById)))})) AS users`;
  const customers = new Map(people.customers.map((c) => [c.id, c]));
  const users = new Map(people.users.map((u) => [u.id, u]));
  return rows.map(({ customerId, createdById, ...row }) => ({
    ...row,
    customer: customers.get(customerId)!,
    createdBy: users.get(createdById)!,
  }));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
