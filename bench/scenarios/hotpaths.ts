import crypto from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import JSZip from 'jszip';
import { jwtOptions } from '../../src/auth/auth.module';
import { plannedStepInstant } from '../../src/dunning/calendar';
import { DEFAULT_POLICIES } from '../../src/dunning/default-policies';
import { DEFAULT_DUNNING_SETTINGS } from '../../src/dunning/policy';
import { toInvoiceSummary } from '../../src/invoices/invoice-view';
import type { InvoiceSummaryDto } from '../../src/invoices/invoice.responses';
import { benchRenderer, rendererConfig } from '../lib/renderer';
import type { BenchContext, Scenario } from '../lib/scenario';

const LIST_PAGE = 25;
const round = (value: number) => Math.round(value * 1000) / 1000;

// CPU per call of the code every request or sending runs (profiled hot spots), each beside the floor of the same
// work: an HMAC of the token, building the page's JSON, unzipping and zipping the same .docx. CPU time, not wall
// time, so the figures hold on a shared machine.
export const hotpathsScenario: Scenario = {
  name: 'hotpaths',
  description: 'CPU ms per token check, list page view and template fill, each ÷ the floor of the same work',
  defaultSize: 500,
  async run(ctx) {
    tokenCheck(ctx);
    listPage(ctx);
    dunningPlan(ctx);
    await templateFill(ctx);
  },
};

function tokenCheck(ctx: BenchContext): void {
  const config = rendererConfig();
  const jwt = new JwtService(jwtOptions(config));
  const token = jwt.sign({ id: crypto.randomUUID(), companyId: crypto.randomUUID(), role: 'ADV' });
  const [header, payload] = token.split('.');
  const calls = ctx.size * 4;
  const verify = cpuMsPerCall(calls, () => jwt.verify(token));
  const hmac = cpuMsPerCall(calls, () =>
    crypto.createHmac('sha256', config.JWT_SECRET).update(`${header}.${payload}`).digest('base64url'),
  );
  ctx.figure({
    name: 'token check (JwtService.verify as the API is configured)',
    value: round(verify),
    unit: 'ms CPU',
    limit: { name: 'HMAC-SHA256 of the same token', value: round(hmac), unit: 'ms CPU' },
  });
}

function listPage(ctx: BenchContext): void {
  const now = new Date();
  const rows = Array.from({ length: LIST_PAGE }, (_, i) => listRow(i, now));
  let views: InvoiceSummaryDto[] = [];
  const view = cpuMsPerCall(ctx.size, () => (views = rows.map((row) => toInvoiceSummary(row, now, 'Europe/Paris'))));
  const json = cpuMsPerCall(ctx.size, () => JSON.stringify(views));
  ctx.figure({
    name: `list page view (${LIST_PAGE} late invoices: status, days late)`,
    value: round(view),
    unit: 'ms CPU',
    limit: { name: 'JSON.stringify of the same page', value: round(json), unit: 'ms CPU' },
  });
}

// What planDunning computes for each invoice whose dunning starts (an import, a sending): every step's instant.
function dunningPlan(ctx: BenchContext): void {
  const steps = DEFAULT_POLICIES[0].steps;
  const dueDate = new Date().toISOString().slice(0, 10);
  const plan = cpuMsPerCall(ctx.size, () =>
    steps.map((step) => plannedStepInstant(dueDate, step.offsetDays, DEFAULT_DUNNING_SETTINGS)),
  );
  const dates = cpuMsPerCall(ctx.size, () =>
    steps.map((step) => new Date(Date.parse(dueDate) + step.offsetDays * 86_400_000).toISOString()),
  );
  ctx.figure({
    name: `dunning plan (${steps.length} steps of the ${DEFAULT_POLICIES[0].code} policy)`,
    value: round(plan),
    unit: 'ms CPU',
    limit: { name: 'UTC date arithmetic for the same steps', value: round(dates), unit: 'ms CPU' },
  });
}

async function templateFill(ctx: BenchContext): Promise<void> {
  const { renderer, docx, data } = await benchRenderer(
    rendererConfig({ PDF_RENDERER: 'libreoffice-convert' }),
    ctx.log,
  );
  const calls = Math.max(5, Math.round(ctx.size / 10));
  const fill = await asyncCpuMsPerCall(calls, () => renderer.fillTemplate('invoice', data));
  const zip = await asyncCpuMsPerCall(calls, async () =>
    (await JSZip.loadAsync(docx)).generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 1 },
    }),
  );
  ctx.figure({
    name: 'invoice template fill (docx-templates)',
    value: round(fill),
    unit: 'ms CPU',
    limit: { name: 'unzip + zip of the same .docx', value: round(zip), unit: 'ms CPU' },
  });
}

function cpuMsPerCall(calls: number, call: () => unknown): number {
  for (let i = 0; i < Math.min(calls, 50); i++) {
    call();
  } // JIT warm-up
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    call();
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

async function asyncCpuMsPerCall(calls: number, call: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await call();
  }
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    await call();
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

/** A sent invoice i + 1 days late, as the list query selects it. */
function listRow(i: number, now: Date): Parameters<typeof toInvoiceSummary>[0] {
  const cents = BigInt(120_000 + i * 100);
  return {
    id: crypto.randomUUID(),
    number: `FACT-2026-${String(i + 1).padStart(6, '0')}`,
    externalNumber: null,
    imported: false,
    series: '',
    phase: 'SENT',
    issueDate: new Date(now.getTime() - 60 * 86_400_000),
    dueDate: new Date(now.getTime() - (i + 1) * 86_400_000),
    planLateFrom: null,
    totalExclTaxCents: (cents * 5n) / 6n,
    totalTaxCents: cents / 6n,
    totalInclTaxCents: cents,
    paidCents: 0n,
    creditedCents: 0n,
    balanceCents: cents,
    approvalRound: 1,
    approvalLevel: null,
    approvalLevelsTotal: null,
    pendingApprovalRole: null,
    submittedAt: now,
    scheduledSendAt: null,
    sentAt: now,
    disputed: false,
    promisedPaymentDate: null,
    dunningStage: null,
    workflowId: `invoice-${i}`,
    createdAt: now,
    updatedAt: now,
    customer: { id: crypto.randomUUID(), name: 'Client Banc', profile: 'STANDARD', ownerId: null },
    createdBy: { id: crypto.randomUUID(), fullName: 'Sales' },
  };
}
