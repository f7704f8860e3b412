import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { parseStatement } from '../../src/bank/parsing';
import { InvoiceIndex } from '../../src/bank/matching/invoice-index';
import { suggest } from '../../src/bank/matching/suggest';
import { creditorReference } from '../../src/payments/creditor-reference';
import { camt053, type CamtEntry } from '../../test/support/camt053';
import { ApplyPhase } from '../lib/apply-phase';
import { benchOffice, importLedger, ledger, waitForCount } from '../lib/ledger';
import type { Scenario } from '../lib/scenario';
import { benchStack, startWorker } from '../lib/stack';

const IBAN = 'FR7630006000011234567890189';
const DUE_IN_DAYS = 20;

export const bankScenario: Scenario = {
  name: 'bank',
  description:
    'import and match an N-line CAMT.053 against N open invoices → lines/s, share matched automatically, seconds until every matched workflow is updated',
  defaultSize: 10_000,
  async run(ctx) {
    const stack = await benchStack();
    const office = await benchOffice('bank');
    const worker = await startWorker(office.env);
    try {
      // Numbers the matcher can read in a label (letters, year, sequence), as a migrated ledger would carry.
      const invoices = ledger([office.demo.customers.STANDARD, office.demo.customers.VIP], ctx.size, DUE_IN_DAYS).map(
        (invoice, i) => ({ ...invoice, externalNumber: `BQ-2026-${i + 1}` }),
      );
      await importLedger(office.adv, invoices, ctx.progress('open invoices imported', ctx.size));
      const running = () => office.prisma.auditEvent.count({ where: { action: 'dunning.started' } });
      await waitForCount(running, ctx.size, ctx.progress('invoices in running workflows', ctx.size), 30 * 60_000);
      const daf = await office.adv.as('daf@demo.test');
      const saved = await daf.put('/settings/bank-accounts', {
        autoMatchThreshold: 90,
        accounts: [{ label: 'Compte courant', iban: IBAN, bic: 'AGRIFRPP' }],
      });
      if (saved.status !== 200) {
        throw new Error(`bank account: HTTP ${saved.status} ${JSON.stringify(saved.body)}`);
      }

      const xml = camt053(IBAN, await statementEntries(office.prisma), 'BENCH');
      const limit = parseAndSuggestRate(xml, await openInvoices(office.prisma));
      const phase = new ApplyPhase({
        api: office.api.child.pid!,
        worker: worker.child.pid!,
        temporalAddress: stack.temporalAddress,
        databaseUrl: office.env.DATABASE_URL,
      });
      const started = Date.now();
      const summary = await upload(office.api.url, xml);
      const importSeconds = (Date.now() - started) / 1000;
      const payments = () => office.prisma.payment.count({ where: { requestId: { startsWith: 'bank-line:' } } });
      await waitForCount(
        payments,
        summary.matchedAutomatically,
        ctx.progress('matched invoices updated by their workflow', summary.matchedAutomatically),
        30 * 60_000,
      );
      const updatedSeconds = (Date.now() - started) / 1000;
      await phase.report(ctx, office.prisma, updatedSeconds);

      ctx.figure({
        name: 'statement lines/s, stored and matched (the upload answered 202)',
        value: ctx.size / importSeconds,
        unit: '/s',
        limit: { name: 'parse + suggest alone, in process', value: limit, unit: '/s' },
        note: `${(xml.length / 1024 / 1024).toFixed(1)} MiB CAMT.053, ${importSeconds.toFixed(1)} s`,
      });
      ctx.figure({
        name: 'statement lines/s until every matched payment is recorded by its workflow',
        value: ctx.size / updatedSeconds,
        unit: '/s',
        limit: { name: 'parse + suggest alone, in process', value: limit, unit: '/s' },
      });
      ctx.figure({
        name: 'share of lines matched automatically',
        value: summary.matchedAutomatically / ctx.size,
        unit: '',
        note: `${summary.matchedAutomatically} applied, ${summary.toMatch} in "À rapprocher" (the file has 70 % RF, 20 % number, 10 % unknown)`,
      });
      ctx.figure({
        name: 'seconds until every matched invoice workflow is updated',
        value: updatedSeconds,
        unit: 's',
        target: { of: 'value', op: '<=', bound: 30 },
      });
    } finally {
      await worker.stop();
      await office.close();
    }
  },
};

type Prisma = Awaited<ReturnType<typeof benchOffice>>['prisma'];

async function openInvoices(prisma: Prisma) {
  const rows = await prisma.invoice.findMany({
    select: { id: true, externalNumber: true, customerId: true, balanceCents: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    id: row.id,
    number: row.externalNumber ?? '',
    customerId: row.customerId,
    customerName: 'Client',
    balanceCents: Number(row.balanceCents),
  }));
}

/** 70 % pay by RF reference, 20 % name the number in the label, 10 % cannot be matched (amount off by a cent). */
async function statementEntries(prisma: Prisma): Promise<CamtEntry[]> {
  const booked = new Date().toISOString().slice(0, 10);
  return (await openInvoices(prisma)).map((invoice, i) => {
    const kind = i % 10;
    const base = { reference: `BENCH-${i}`, credit: true, bookingDate: booked };
    if (kind < 7) {
      return {
        ...base,
        amountCents: invoice.balanceCents,
        label: 'VIR SEPA',
        creditorReference: creditorReference(invoice.number),
      };
    }
    if (kind < 9) {
      return { ...base, amountCents: invoice.balanceCents, label: `VIR ${invoice.number.replace(/-/g, ' ')}` };
    }
    return { ...base, amountCents: invoice.balanceCents + 1, label: 'VIR SANS REFERENCE' };
  });
}

// The same-run limit: the parser and the matcher alone, without storage or workflows.
function parseAndSuggestRate(xml: string, invoices: Awaited<ReturnType<typeof openInvoices>>): number {
  const started = performance.now();
  const statement = parseStatement(Buffer.from(xml));
  const index = new InvoiceIndex(invoices);
  for (const line of statement.lines) {
    suggest(line, index);
  }
  return statement.lines.length / ((performance.now() - started) / 1000);
}

async function upload(baseUrl: string, xml: string): Promise<{ matchedAutomatically: number; toMatch: number }> {
  const login = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'adv@demo.test', password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const form = new FormData();
  form.append('file', new Blob([xml]), 'bench.xml');
  const response = await fetch(`${baseUrl}/bank-statements`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
    body: form,
  });
  const body = (await response.json()) as { matchedAutomatically: number; toMatch: number };
  if (response.status !== 202) {
    throw new Error(`POST /bank-statements: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body;
}
