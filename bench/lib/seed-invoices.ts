// Bulk rows for read benchmarks: customers, invoices (every status), their lines and payments, written with
// COPY … FROM STDIN (no workflows: the API reads the database). Deterministic for a given size.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface SeedTarget {
  databaseUrl: string;
  companyId: string;
  creatorIds: string[];
  ownerIds: string[];
}

export interface SeededInvoices {
  customerIds: string[];
  /** The customer with the most LATE invoices: the list benchmark filters on it. */
  busiestLateCustomerId: string;
  /** Issued invoices (sent, late, paid) for the detail benchmark. */
  issuedInvoiceIds: string[];
  counts: Record<SeedStatus, number>;
}

type SeedStatus = 'DRAFT' | 'AWAITING_APPROVAL' | 'ISSUED' | 'SENT' | 'LATE' | 'PARTIALLY_PAID' | 'PAID';

// Out of 20 invoices: 2 drafts, 1 awaiting approval, 1 issued, 5 sent, 6 late, 1 partially paid, 4 paid.
const STATUS_WHEEL: SeedStatus[] = [
  'DRAFT',
  'DRAFT',
  'AWAITING_APPROVAL',
  'ISSUED',
  ...Array<SeedStatus>(5).fill('SENT'),
  ...Array<SeedStatus>(6).fill('LATE'),
  'PARTIALLY_PAID',
  ...Array<SeedStatus>(4).fill('PAID'),
];
const INVOICES_PER_CUSTOMER = 50;
const DAY = 86_400_000;

const csv = (values: Array<string | number | boolean | null>) =>
  `${values.map((v) => (v === null ? '' : typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v))).join(',')}\n`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const stamp = (ms: number) => new Date(ms).toISOString();

export async function seedInvoices(
  target: SeedTarget,
  size: number,
  onProgress: (rows: number) => void,
): Promise<SeededInvoices> {
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const customerIds = Array.from({ length: Math.max(1, Math.ceil(size / INVOICES_PER_CUSTOMER)) }, () =>
      crypto.randomUUID(),
    );
    await copy(client, 'Customer', CUSTOMER_COLUMNS, customerRows(target, customerIds));
    const plan = planInvoices(size, customerIds);
    await copy(client, 'Invoice', INVOICE_COLUMNS, invoiceRows(target, plan, onProgress));
    await copy(client, 'InvoiceLine', LINE_COLUMNS, lineRows(plan));
    await copy(client, 'Payment', PAYMENT_COLUMNS, paymentRows(plan));
    await client.query('ANALYZE "Customer", "Invoice", "InvoiceLine", "Payment"');
    return summarize(plan, customerIds);
  } finally {
    await client.end();
  }
}

async function copy(client: pg.Client, table: string, columns: string[], rows: Iterable<string>): Promise<void> {
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  await pipeline(Readable.from(rows), client.query(copyFrom(sql)));
}

const CUSTOMER_COLUMNS = [
  'id',
  'companyId',
  'name',
  'addressLine1',
  'postalCode',
  'city',
  'billingEmail',
  'profile',
  'ownerId',
  'updatedAt',
];
const PROFILES = ['STANDARD', 'STANDARD', 'VIP', 'NEW', 'BAD_PAYER'];

function* customerRows(target: SeedTarget, ids: string[]): Iterable<string> {
  const now = stamp(Date.now());
  for (const [i, id] of ids.entries()) {
    const owner = target.ownerIds[i % target.ownerIds.length];
    yield csv([
      id,
      target.companyId,
      `Client Banc ${String(i + 1).padStart(5, '0')}`,
      `${i + 1} rue du Banc`,
      '69002',
      'Lyon',
      `compta${i}@bench.test`,
      PROFILES[i % PROFILES.length],
      owner,
      now,
    ]);
  }
}

interface PlannedInvoice {
  id: string;
  index: number;
  customerId: string;
  status: SeedStatus;
  lines: Array<{ quantityMilli: number; unitPriceCents: number }>;
  totalExclTaxCents: number;
  totalTaxCents: number;
  paidCents: number;
}

function planInvoices(size: number, customerIds: string[]): PlannedInvoice[] {
  return Array.from({ length: size }, (_, index) => {
    const lines = [
      { quantityMilli: 1000 + (index % 5) * 1000, unitPriceCents: 10_000 + (index % 97) * 500 },
      { quantityMilli: 1000, unitPriceCents: 5_000 + (index % 13) * 100 },
    ];
    const totalExclTaxCents = lines.reduce((sum, l) => sum + (l.quantityMilli * l.unitPriceCents) / 1000, 0);
    const totalTaxCents = Math.round(totalExclTaxCents * 0.2);
    const status = STATUS_WHEEL[index % STATUS_WHEEL.length];
    const total = totalExclTaxCents + totalTaxCents;
    const paidCents = status === 'PAID' ? total : status === 'PARTIALLY_PAID' ? Math.floor(total / 3) : 0;
    // A customer's invoices are consecutive: 50 of them cover the status wheel 2.5 times.
    return {
      id: crypto.randomUUID(),
      index,
      customerId: customerIds[Math.floor(index / INVOICES_PER_CUSTOMER)],
      status,
      lines,
      totalExclTaxCents,
      totalTaxCents,
      paidCents,
    };
  });
}

const INVOICE_COLUMNS = [
  'id',
  'companyId',
  'customerId',
  'createdById',
  'number',
  'sequence',
  'year',
  'phase',
  'saleDate',
  'issueDate',
  'dueDate',
  'paymentTermsDays',
  'totalExclTaxCents',
  'totalTaxCents',
  'totalInclTaxCents',
  'vatBreakdown',
  'paidCents',
  'balanceCents',
  'settledAt',
  'approvalRound',
  'approvalLevel',
  'approvalLevelsTotal',
  'pendingApprovalRole',
  'submittedAt',
  'sentAt',
  'workflowId',
  'createdAt',
  'updatedAt',
];

function* invoiceRows(
  target: SeedTarget,
  plan: PlannedInvoice[],
  onProgress: (rows: number) => void,
): Iterable<string> {
  const now = Date.now();
  let sequence = 0;
  for (const invoice of plan) {
    const { status } = invoice;
    const created = now - (plan.length - invoice.index) * 60_000;
    const issued = status !== 'DRAFT' && status !== 'AWAITING_APPROVAL';
    const total = invoice.totalExclTaxCents + invoice.totalTaxCents;
    // Late invoices fell due 1–89 days ago; the others are due in 1–30 days.
    const due = status === 'LATE' ? now - (1 + (invoice.index % 89)) * DAY : now + (1 + (invoice.index % 30)) * DAY;
    const issueMs = issued ? due - 30 * DAY : null;
    if (issued) {
      sequence += 1;
    }
    const vat = JSON.stringify([
      { vatRateBp: 2000, baseCents: invoice.totalExclTaxCents, taxCents: invoice.totalTaxCents },
    ]);
    const phase = issued ? (status === 'ISSUED' ? 'ISSUED' : 'SENT') : status;
    const awaiting = status === 'AWAITING_APPROVAL';
    yield csv([
      invoice.id,
      target.companyId,
      invoice.customerId,
      target.creatorIds[invoice.index % target.creatorIds.length],
      issued ? `FACT-2026-${String(sequence).padStart(6, '0')}` : null,
      issued ? sequence : null,
      issued ? 2026 : null,
      phase,
      day(created),
      issueMs === null ? null : day(issueMs),
      issued ? day(due) : null,
      30,
      invoice.totalExclTaxCents,
      invoice.totalTaxCents,
      total,
      vat,
      invoice.paidCents,
      total - invoice.paidCents,
      status === 'PAID' ? stamp(due - DAY) : null,
      awaiting || issued ? 1 : 0,
      awaiting ? 1 : null,
      awaiting ? 2 : null,
      awaiting ? 'MANAGER' : null,
      awaiting || issued ? stamp(created + 60_000) : null,
      phase === 'SENT' ? stamp((issueMs ?? created) + 3_600_000) : null,
      awaiting || issued ? `invoice-${invoice.id}` : null,
      stamp(created),
      stamp(created),
    ]);
    if ((invoice.index + 1) % 1000 === 0) {
      onProgress(1000);
    }
  }
  onProgress(plan.length % 1000);
}

const LINE_COLUMNS = [
  'id',
  'invoiceId',
  'position',
  'description',
  'quantityMilli',
  'unit',
  'unitPriceCents',
  'vatRateBp',
  'totalExclTaxCents',
];

function* lineRows(plan: PlannedInvoice[]): Iterable<string> {
  for (const invoice of plan) {
    for (const [i, line] of invoice.lines.entries()) {
      yield csv([
        crypto.randomUUID(),
        invoice.id,
        i + 1,
        i === 0 ? 'Développement applicatif' : 'Hébergement mensuel',
        line.quantityMilli,
        i === 0 ? 'jour' : 'mois',
        line.unitPriceCents,
        2000,
        (line.quantityMilli * line.unitPriceCents) / 1000,
      ]);
    }
  }
}

const PAYMENT_COLUMNS = ['id', 'invoiceId', 'amountCents', 'paidAt', 'method', 'requestId'];

function* paymentRows(plan: PlannedInvoice[]): Iterable<string> {
  const paidAt = stamp(Date.now() - DAY);
  for (const invoice of plan) {
    if (invoice.paidCents > 0) {
      yield csv([crypto.randomUUID(), invoice.id, invoice.paidCents, paidAt, 'BANK_TRANSFER', `bench-${invoice.id}`]);
    }
  }
}

function summarize(plan: PlannedInvoice[], customerIds: string[]): SeededInvoices {
  const counts = Object.fromEntries(STATUS_WHEEL.map((s) => [s, 0])) as Record<SeedStatus, number>;
  const lateByCustomer = new Map<string, number>();
  for (const invoice of plan) {
    counts[invoice.status] += 1;
    if (invoice.status === 'LATE') {
      lateByCustomer.set(invoice.customerId, (lateByCustomer.get(invoice.customerId) ?? 0) + 1);
    }
  }
  const busiest = [...lateByCustomer.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? customerIds[0];
  const issuedInvoiceIds = plan
    .filter((i) => i.status !== 'DRAFT' && i.status !== 'AWAITING_APPROVAL')
    .map((i) => i.id);
  return { customerIds, busiestLateCustomerId: busiest, issuedInvoiceIds, counts };
}
