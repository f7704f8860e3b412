// Time-skipping workflow tests: the Java test server skips timers, the real activities run against a fresh
// PostgreSQL database; only the outside world is faked (SMTP, Twilio, LibreOffice), with recording fakes.
// Invoices are written through the production repository (InvoiceRepository), as the API's services write them.
import { DateTime } from 'luxon';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type ActivityInboundCallsInterceptor } from '@temporalio/worker';
import { Context } from '@temporalio/activity';
import type { WorkflowHandle } from '@temporalio/client';
import { PrismaPg } from '@prisma/adapter-pg';
import { loadConfig } from '../../src/config/config';
import { APP_CONFIG } from '../../src/config/config.module';
import { PrismaClient, type Invoice } from '../../src/generated/prisma/client';
import { MailTransport, type OutgoingMail } from '../../src/notifications/mail-transport';
import { SmsTransport, type OutgoingSms } from '../../src/notifications/sms-transport';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PdfRenderer } from '../../src/documents/pdf-renderer';
import type { AuthUser } from '../../src/auth/auth-user';
import { importedInvoice } from '../../src/invoices/imported-invoice';
import { InvoiceRepository } from '../../src/invoices/invoice.repository';
import { priceLines } from '../../src/invoices/invoices.service';
import { seedDemoData, type SeededDemo } from '../../src/seed/demo-data';
import { bindActivities } from '../../src/temporal/bind-activities';
import { ACTIVITY_CLASSES, WorkerModule } from '../../src/worker.module';
import {
  INVOICE_WORKFLOW_TYPE,
  invoiceWorkflowId,
  type Actor,
  type InvoiceWorkflowInput,
} from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { documentsTaskQueue } from '../../workflows/task-queues';
import { createTestDatabase } from '../support/database';
import { testStack } from '../support/stack';
import { WORKFLOW_BUNDLE } from '../support/back-office';
import { timeSkippingEnvironment } from './time-skipping-server';

export class RecordingMail {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<{ providerId: string }> {
    this.sent.push(mail);
    return { providerId: mail.messageId };
  }
  to(address: string): OutgoingMail[] {
    return this.sent.filter((m) => m.to === address);
  }
}

export class RecordingSms {
  readonly sent: OutgoingSms[] = [];
  readonly outbox = false;
  async send(sms: OutgoingSms): Promise<{ providerId: string }> {
    this.sent.push(sms);
    return { providerId: `SM${crypto.randomBytes(16).toString('hex')}` };
  }
  async findSent(): Promise<string | undefined> {
    return undefined;
  }
}

/** The smallest XMP packet a PDF/A carries: Factur-X embedding extends it as it extends LibreOffice's. */
const FAKE_XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** A one-page PDF stand-in: the documents pipeline (Factur-X, archive, hash chain, attachments) runs for real around it. */
export class FakePdfRenderer {
  readonly rendered: string[] = [];
  async render(template: string): Promise<Buffer> {
    this.rendered.push(template);
    const document = await PDFDocument.create();
    document.addPage();
    document.setTitle(`${template} ${crypto.randomUUID()}`);
    const metadata = document.context.stream(FAKE_XMP, { Type: 'Metadata', Subtype: 'XML' });
    document.catalog.set(PDFName.of('Metadata'), document.context.register(metadata));
    return Buffer.from(await document.save({ useObjectStreams: false }));
  }
}

/** One activity execution as the worker saw it: its type, arguments and the test server's clock when it was scheduled. */
export interface ActivityCall {
  type: string;
  input: unknown;
  scheduledAtMs: number;
}

/** Records every activity the worker runs, then runs it unchanged. */
function recordingInterceptor(calls: ActivityCall[]): ActivityInboundCallsInterceptor {
  return {
    async execute(input, next) {
      const { activityType, currentAttemptScheduledTimestampMs } = Context.current().info;
      calls.push({ type: activityType, input: input.args[0], scheduledAtMs: currentAttemptScheduledTimestampMs });
      return next(input);
    },
  };
}

export interface WorkflowTestbed {
  env: TestWorkflowEnvironment;
  prisma: PrismaClient;
  demo: SeededDemo;
  mail: RecordingMail;
  sms: RecordingSms;
  pdf: FakePdfRenderer;
  /** Every activity run so far, in order (all tests of the file). */
  activityCalls: ActivityCall[];
  /** Runs fn while a worker with the real activities polls a task queue of its own (earlier tests' workflows stay idle). */
  withWorker<T>(fn: () => Promise<T>): Promise<T>;
  /** Claims the invoice for its workflow as the API does (a draft is submitted, an import already sent), then starts it. */
  start(input: InvoiceWorkflowInput): Promise<WorkflowHandle<typeof invoiceLifecycleWorkflow>>;
  /** A draft as POST /invoices stores it (lines priced by the same code, written by the invoice repository). */
  createDraft(spec: DraftSpec): Promise<Invoice>;
  /** An already-sent invoice as POST /invoices/import stores it, with a given issue and due date. */
  createImported(spec: DraftSpec & { issueDate: string; dueDate: string }): Promise<Invoice>;
  /** The workflow's Actor for a seeded demo user ('sales', 'manager', 'daf', 'adv', 'director'). */
  actor(key: string): Promise<Actor>;
  /** Moves the test server's clock forward to that instant (never back). */
  skipTo(ms: number): Promise<void>;
  /**
   * Moves the clock to the next first Monday of September, 10:00 Paris, and returns that instant: no French public
   * holiday falls before 1 November, so no two reminder steps land on the same business day, and the weekday is the
   * same whatever the day the suite runs.
   */
  skipToHolidayFreeWeeks(): Promise<number>;
  close(): Promise<void>;
}

/** The Paris calendar day `plusDays` after the instant `ms`, as 'YYYY-MM-DD'. */
export const parisDate = (ms: number, plusDays: number) =>
  DateTime.fromMillis(ms, { zone: 'Europe/Paris' }).plus({ days: plusDays }).toISODate()!;

export async function createTestbed(label: string): Promise<WorkflowTestbed> {
  const stack = testStack();
  const env = await timeSkippingEnvironment(stack.timeSkippingServer);
  const databaseUrl = await createTestDatabase(label);
  let taskQueue = `${label}-0`;
  const started: WorkflowHandle[] = [];
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
    TWILIO_AUTH_TOKEN: 'test',
    TWILIO_FROM: '+33100000000',
    DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `acquitte-wf-${label}-`)),
    TEMPLATES_DIR: path.resolve(__dirname, '../../templates'),
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const demo = await seedDemoData(prisma);
  const mail = new RecordingMail();
  const sms = new RecordingSms();
  const pdf = new FakePdfRenderer();
  const activityCalls: ActivityCall[] = [];
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .overrideProvider(MailTransport)
    .useValue(mail)
    .overrideProvider(SmsTransport)
    .useValue(sms)
    .overrideProvider(PdfRenderer)
    .useValue(pdf)
    .compile();
  const context: INestApplicationContext = await moduleRef.init();
  const activities = bindActivities(...ACTIVITY_CLASSES.map((cls) => context.get<object>(cls)));
  const invoices = context.get(InvoiceRepository);
  const userOf = async (id: string): Promise<AuthUser> =>
    prisma.user.findUniqueOrThrow({
      where: { id },
      select: { id: true, companyId: true, email: true, fullName: true, role: true },
    });
  const skipTo = async (ms: number) => {
    const now = await env.currentTimeMs();
    if (ms > now) {
      await env.sleep(ms - now);
    }
  };
  return {
    env,
    prisma,
    demo,
    mail,
    sms,
    pdf,
    activityCalls,
    async withWorker(fn) {
      taskQueue = `${label}-${crypto.randomUUID().slice(0, 8)}`;
      const interceptors = { activity: [() => ({ inbound: recordingInterceptor(activityCalls) })] };
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowBundle: { codePath: WORKFLOW_BUNDLE },
        activities,
        interceptors,
      });
      // Rendering activities of lean runs go to the documents task queue, polled as the production worker does.
      const documents = await Worker.create({
        connection: env.nativeConnection,
        taskQueue: documentsTaskQueue(taskQueue),
        activities,
        interceptors,
      });
      // A workflow left waiting without a worker would hold the test server's clock: end what this test started,
      // while the worker still runs, so no activity is cut off mid-flight.
      return documents.runUntil(
        worker.runUntil(async () => {
          try {
            return await fn();
          } finally {
            await Promise.all(started.splice(0).map((handle) => endQuietly(handle)));
          }
        }),
      );
    },
    async start(input) {
      const workflowId = invoiceWorkflowId(input.invoiceId);
      if (input.start !== 'APPROVAL') {
        await invoices.setWorkflowId(input.invoiceId, workflowId);
      } else if (!(await invoices.claimDraft(input.invoiceId, workflowId))) {
        throw new Error(`Invoice ${input.invoiceId} is not a draft: it cannot be submitted`);
      }
      const handle = await env.client.workflow.start<typeof invoiceLifecycleWorkflow>(INVOICE_WORKFLOW_TYPE, {
        workflowId: invoiceWorkflowId(input.invoiceId),
        taskQueue,
        args: [input],
      });
      started.push(handle);
      return handle;
    },
    async createDraft(spec) {
      const { rows, totals } = priceLines([
        {
          description: 'Prestation de conseil',
          quantity: spec.quantity ?? 1,
          unitPriceCents: spec.unitPriceCents,
          vatRate: 20,
        },
      ]);
      const { customerId, createdById } = spec;
      return invoices.create({
        companyId: demo.companyId,
        customerId,
        createdById,
        paymentTermsDays: 30,
        ...totals,
        balanceCents: totals.totalInclTaxCents,
        lines: { create: rows },
      });
    },
    async createImported(spec) {
      const user = await userOf(spec.createdById);
      const { customerId, issueDate, dueDate } = spec;
      const lines = [
        {
          description: 'Prestation de conseil',
          quantity: spec.quantity ?? 1,
          unitPriceCents: spec.unitPriceCents,
          vatRate: 20,
        },
      ];
      const imported = importedInvoice(user, {
        customerId,
        externalNumber: `EXT-${crypto.randomUUID().slice(0, 6)}`,
        issueDate,
        dueDate,
        lines,
      });
      return invoices.create({ ...imported.fields, lines: { create: imported.lines } });
    },
    async actor(key) {
      const user = await userOf(demo.users[key].id);
      return { userId: user.id, role: user.role, name: user.fullName };
    },
    skipTo,
    async skipToHolidayFreeWeeks() {
      const now = DateTime.fromMillis(await env.currentTimeMs(), { zone: 'Europe/Paris' });
      const firstMonday = (year: number) => {
        const september = DateTime.fromObject({ year, month: 9, day: 1, hour: 10 }, { zone: 'Europe/Paris' });
        return september.plus({ days: (8 - september.weekday) % 7 });
      };
      const target = (firstMonday(now.year) > now ? firstMonday(now.year) : firstMonday(now.year + 1)).toMillis();
      await skipTo(target);
      return target;
    },
    async close() {
      await context.close();
      await prisma.$disconnect();
      await env.teardown();
    },
  };
}

/**
 * Terminates a workflow once it has no activity or workflow task in flight (waiting at most 30 s: a loaded machine
 * takes seconds to finish one): terminating one mid-activity left the time-skipping server's clock locked, and every
 * later env.sleep() of the file hung (approval.test.ts after its ADV-sending test).
 */
async function endQuietly(handle: WorkflowHandle): Promise<void> {
  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      const { status, raw } = await handle.describe();
      if (status.name !== 'RUNNING') {
        return;
      }
      const busy = (raw.pendingActivities?.length ?? 0) > 0 || Boolean(raw.pendingWorkflowTask);
      if (!busy || Date.now() > deadline) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await handle.terminate('test finished');
  } catch {
    // Already closed, or gone with the test server: nothing left to end.
  }
}

interface DraftSpec {
  customerId: string;
  createdById: string;
  unitPriceCents: number;
  quantity?: number;
}
