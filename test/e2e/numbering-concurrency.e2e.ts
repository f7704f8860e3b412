// 200 invoices submitted at once over HTTP, each issued by its own workflow on the real Temporal: the legal numbers
// come out as one continuous series FACT-<year>-001 … 200, no gap, no duplicate, and the counter row says 200.
import { Client, Connection } from '@temporalio/client';
import { priceLines } from '../../src/invoices/invoices.service';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { testStack } from '../support/stack';

const INVOICES = 200;
const BATCH = 25;

let office: BackOffice;
let sales: ApiClient;

beforeAll(async () => {
  office = await bootBackOffice({ label: 'numbering' });
  sales = await office.api.as('sales@demo.test');
  // No approval level and ADV sending: the number is assigned right after submission, and no PDF is rendered
  // until ADV sends, so the test measures numbering only (no LibreOffice in the loop).
  await office.prisma.company.update({
    where: { id: office.demo.companyId },
    data: { approvalCircuit: { levels: [], sending: 'ADV' } },
  });
});

afterAll(async () => {
  await terminateWorkflows();
  await office?.close();
});

/** The issued invoices wait for an ADV sending that never comes: end them so the shared dev server keeps nothing running. */
async function terminateWorkflows(): Promise<void> {
  if (!office) {
    return;
  }
  const connection = await Connection.connect({ address: testStack().temporalAddress });
  try {
    const client = new Client({ connection, namespace: 'default' });
    const invoices = await office.prisma.invoice.findMany({
      where: { companyId: office.demo.companyId, workflowId: { not: null } },
      select: { workflowId: true },
    });
    for (let i = 0; i < invoices.length; i += BATCH) {
      await Promise.all(
        invoices.slice(i, i + BATCH).map((inv) =>
          client.workflow
            .getHandle(inv.workflowId!)
            .terminate('numbering test finished')
            .catch(() => undefined),
        ),
      );
    }
  } finally {
    await connection.close();
  }
}

async function createDrafts(count: number): Promise<string[]> {
  const { rows, totals } = priceLines([
    { description: 'Prestation de conseil', quantity: 1, unitPriceCents: 120_000, vatRate: 20 },
  ]);
  const ids: string[] = [];
  for (let i = 0; i < count; i += BATCH) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(BATCH, count - i) }, () =>
        office.prisma.invoice.create({
          data: {
            companyId: office.demo.companyId,
            customerId: office.demo.customers.STANDARD,
            createdById: office.demo.users.sales.id,
            paymentTermsDays: 30,
            ...totals,
            balanceCents: totals.totalInclTaxCents,
            lines: { create: rows },
          },
          select: { id: true },
        }),
      ),
    );
    ids.push(...batch.map((b) => b.id));
  }
  return ids;
}

it(`issues ${INVOICES} concurrently submitted invoices as one continuous series`, async () => {
  const ids = await createDrafts(INVOICES);
  for (let i = 0; i < ids.length; i += BATCH) {
    const responses = await Promise.all(ids.slice(i, i + BATCH).map((id) => sales.post(`/invoices/${id}/submit`)));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
  }

  const issued = await eventually(
    async () => {
      const rows = await office.prisma.invoice.findMany({
        where: { id: { in: ids }, number: { not: null } },
        select: { number: true, sequence: true, year: true, phase: true },
      });
      return rows.length === INVOICES ? rows : undefined;
    },
    `all ${INVOICES} invoices numbered`,
    90_000,
    500,
  );

  const years = [...new Set(issued.map((r) => r.year))];
  expect(years).toHaveLength(1);
  const year = years[0]!;
  const expected = Array.from({ length: INVOICES }, (_, i) => `FACT-${year}-${String(i + 1).padStart(3, '0')}`);
  expect(issued.map((r) => r.number).sort()).toEqual(expected);
  expect(issued.map((r) => r.sequence).sort((a, b) => a! - b!)).toEqual(expected.map((_, i) => i + 1));
  expect(new Set(issued.map((r) => r.phase))).toEqual(new Set(['ISSUED']));
  const counter = await office.prisma.numberSequence.findUniqueOrThrow({
    where: { companyId_kind_series_year: { companyId: office.demo.companyId, kind: 'INVOICE', series: '', year } },
  });
  expect(counter.lastValue).toBe(INVOICES);
}, 180_000);
