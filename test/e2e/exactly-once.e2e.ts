// What a worker crash does to the messages of a dunning step, on the real stack (Temporal, SMTP peer, Twilio peer):
// the built worker runs as a child process, dies at an injected point (ACQUITTE_FAULT) or by SIGKILL at a random
// moment, a clean worker takes over, and we count what the providers received. The ledger's promise
// (src/notifications/message-ledger.service.ts): a message is handed to its provider at most once; a send interrupted
// between its record and the provider's answer is reconciled with the provider when it can list messages (Twilio),
// else marked UNCERTAIN with one VERIFY_UNCERTAIN_MESSAGE task for ADV, never resent automatically. SMTP cannot be
// asked, and the Prism peer only lists its canned examples, so here every interrupted send ends UNCERTAIN.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { DateTime } from 'luxon';
import { Client, Connection } from '@temporalio/client';
import type { Message } from '../../src/generated/prisma/client';
import { messageIdFor } from '../../src/notifications/message-id';
import {
  bootBackOffice,
  eventually,
  spawnWorkerProcess,
  type ApiClient,
  type BackOffice,
} from '../support/back-office';
import { mailsTo } from '../support/maildev';
import { testStack } from '../support/stack';
import { openAroundTheClock } from '../support/always-open';

// Every hour of every day is a sending hour, so the catch-up step runs at once whenever the test runs.
const STEP = 'D+15';

let office: BackOffice;
let adv: ApiClient;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  office = await bootBackOffice({ label: 'exactly-once', withoutWorker: true });
  adv = await office.api.as('adv@demo.test');
  await openAroundTheClock(office.prisma, office.demo.companyId);
});

afterAll(async () => {
  await Promise.all([...children].map((child) => stop(child)));
  await terminateWorkflows();
  await office?.close();
});

interface WorkerChild {
  process: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** The built worker (dist/) as a child process; every Twilio request it makes is counted under its own account SID. */
function startWorker(twilioAccountSid: string, fault?: string): WorkerChild {
  const child = spawnWorkerProcess({
    ...office.env,
    TWILIO_ACCOUNT_SID: twilioAccountSid,
    ACQUITTE_FAULT: fault ?? '',
  });
  children.add(child);
  let stderr = '';
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : null))),
  );
  void exited.then(() => children.delete(child));
  return { process: child, stderr: () => stderr, exited };
}

/** Graceful stop (SIGTERM drains the worker), SIGKILL if it lingers. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function terminateWorkflows(): Promise<void> {
  if (!office) {
    return;
  }
  const connection = await Connection.connect({ address: testStack().temporalAddress });
  try {
    const client = new Client({ connection, namespace: 'default' });
    const invoices = await office.prisma.invoice.findMany({
      where: { workflowId: { not: null } },
      select: { workflowId: true },
    });
    await Promise.all(
      invoices.map((inv) =>
        client.workflow
          .getHandle(inv.workflowId!)
          .terminate('exactly-once test finished')
          .catch(() => undefined),
      ),
    );
  } finally {
    await connection.close();
  }
}

const newAccountSid = () => `AC${crypto.randomBytes(16).toString('hex')}`;

function twilioRequests(accountSid: string, method: 'get' | 'post'): number {
  const needle = `[HTTP SERVER] ${method} /2010-04-01/Accounts/${accountSid}/Messages.json`;
  return fs
    .readFileSync(testStack().prismLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes(needle) && line.includes('Request received')).length;
}

const smsPosts = (accountSid: string) => twilioRequests(accountSid, 'post');

/** The child's exit code, or 'alive' if it is still running after timeoutMs. */
async function exitWithin(child: WorkerChild, timeoutMs: number): Promise<number | null | 'alive'> {
  let timer: NodeJS.Timeout | undefined;
  const alive = new Promise<'alive'>((resolve) => (timer = setTimeout(() => resolve('alive'), timeoutMs)));
  try {
    return await Promise.race([child.exited, alive]);
  } finally {
    clearTimeout(timer);
  }
}

/** A STANDARD customer of its own (billing email and decision-maker mobile), so each scenario's mails are told apart. */
async function newCustomer(tag: string): Promise<{ id: string; billingEmail: string }> {
  const standard = await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers.STANDARD } });
  const { id: _id, createdAt: _c, updatedAt: _u, ...base } = standard;
  const suffix = crypto.randomBytes(3).toString('hex');
  return office.prisma.customer.create({
    data: {
      ...base,
      name: `${base.name} ${tag}`,
      billingEmail: `compta-${tag}-${suffix}@client.test`,
      decisionMakerMobile: `+3361${String(crypto.randomInt(0, 10_000_000)).padStart(7, '0')}`,
    },
    select: { id: true, billingEmail: true },
  });
}

/** An unpaid invoice imported 16 days late: its workflow catches up with the D+15 step only (one email, one SMS). */
async function importLateInvoice(customerId: string, tag: string): Promise<string> {
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  const { status, body } = await adv.post('/invoices/import', {
    customerId,
    externalNumber: `ANC-${tag}-${crypto.randomBytes(3).toString('hex')}`,
    issueDate: today.minus({ days: 46 }).toISODate(),
    dueDate: today.minus({ days: 16 }).toISODate(),
    lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: 150_000, vatRate: 20 }],
  });
  expect(status).toBe(201);
  return body.id as string;
}

const stepDone = (invoiceId: string, timeoutMs = 120_000) =>
  eventually(
    async () => {
      const step = await office.prisma.dunningStep.findUnique({
        where: { invoiceId_stepKey: { invoiceId, stepKey: STEP } },
      });
      return step?.state === 'DONE' ? step : undefined;
    },
    `${STEP} done`,
    timeoutMs,
    500,
  );

async function messagesOf(invoiceId: string): Promise<{ email: Message; sms: Message }> {
  const rows = await office.prisma.message.findMany({ where: { invoiceId, step: STEP } });
  expect(rows.map((m) => m.channel).sort()).toEqual(['EMAIL', 'SMS']);
  return { email: rows.find((m) => m.channel === 'EMAIL')!, sms: rows.find((m) => m.channel === 'SMS')! };
}

const verifyTasks = (message: Message) =>
  office.prisma.task.findMany({
    where: { idempotencyKey: `${message.idempotencyKey}:verify`, type: 'VERIFY_UNCERTAIN_MESSAGE' },
  });

/** Mails the SMTP peer holds for an address, after a pause long enough for a late duplicate to show up. */
async function settledMailsTo(address: string) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return mailsTo(address);
}

/** Runs the D+15 catch-up with a worker that dies at `fault`, then a clean worker; returns what happened. */
async function crashThenRecover(tag: string, fault: (stepPart: string) => string) {
  const customer = await newCustomer(tag);
  const sid = newAccountSid();
  const faulty = startWorker(sid, fault(`:${STEP}:`));
  const invoiceId = await importLateInvoice(customer.id, tag);
  expect(await exitWithin(faulty, 90_000)).toBe(137);
  const crash = /\[fault-injection\] crashing at (message:[a-z-]+) for (\S+)/.exec(faulty.stderr());
  expect(crash?.[2]).toMatch(new RegExp(`^invoice-${invoiceId}:`));
  const clean = startWorker(sid);
  try {
    await stepDone(invoiceId);
  } finally {
    await stop(clean.process);
  }
  return { invoiceId, customer, sid, crashedKey: crash![2], ...(await messagesOf(invoiceId)) };
}

describe('a worker killed at an injected point, then replaced by a clean one', () => {
  it('before the SMTP call: the email never leaves and is handed to ADV as UNCERTAIN; the SMS after it goes once', async () => {
    const run = await crashThenRecover('mail-before', (step) => `message:before-provider:${step}0:EMAIL`);
    expect(run.crashedKey).toBe(run.email.idempotencyKey);
    expect(await settledMailsTo(run.customer.billingEmail)).toHaveLength(0);
    expect(run.email).toMatchObject({ status: 'UNCERTAIN', sentAt: null });
    expect(await verifyTasks(run.email)).toHaveLength(1);
    expect(run.sms).toMatchObject({ status: 'SENT', providerId: expect.stringMatching(/^SM/) });
    expect(smsPosts(run.sid)).toBe(1);
  }, 180_000);

  it('after the SMTP server accepted it: exactly one mail (Message-ID from the key), UNCERTAIN with one task, not resent', async () => {
    const run = await crashThenRecover('mail-after', (step) => `message:after-provider:${step}0:EMAIL`);
    expect(run.crashedKey).toBe(run.email.idempotencyKey);
    const mails = await settledMailsTo(run.customer.billingEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0].headers['message-id']).toBe(messageIdFor(run.email.idempotencyKey));
    expect(run.email.status).toBe('UNCERTAIN');
    expect(await verifyTasks(run.email)).toHaveLength(1);
    expect(run.sms).toMatchObject({ status: 'SENT' });
    expect(smsPosts(run.sid)).toBe(1);
  }, 180_000);

  it('after Twilio accepted the SMS: one request only; Twilio is asked, does not list it, so UNCERTAIN with one task', async () => {
    const run = await crashThenRecover('sms-after', (step) => `message:after-provider:${step}1:SMS`);
    expect(run.crashedKey).toBe(run.sms.idempotencyKey);
    expect(smsPosts(run.sid)).toBe(1);
    expect(twilioRequests(run.sid, 'get')).toBeGreaterThanOrEqual(1);
    expect(run.sms.status).toBe('UNCERTAIN');
    expect(await verifyTasks(run.sms)).toHaveLength(1);
    const mails = await settledMailsTo(run.customer.billingEmail);
    expect(mails).toHaveLength(1);
    expect(run.email).toMatchObject({ status: 'SENT', providerId: messageIdFor(run.email.idempotencyKey) });
  }, 180_000);

  it('before the Twilio call: no request at all, UNCERTAIN with one task (never a blind resend)', async () => {
    const run = await crashThenRecover('sms-before', (step) => `message:before-provider:${step}1:SMS`);
    expect(run.crashedKey).toBe(run.sms.idempotencyKey);
    expect(smsPosts(run.sid)).toBe(0);
    expect(twilioRequests(run.sid, 'get')).toBeGreaterThanOrEqual(1);
    expect(run.sms).toMatchObject({ status: 'UNCERTAIN', sentAt: null });
    expect(await verifyTasks(run.sms)).toHaveLength(1);
    expect(await settledMailsTo(run.customer.billingEmail)).toHaveLength(1);
  }, 180_000);
});

describe('a worker SIGKILLed at a random moment while steps run', () => {
  const INVOICES = 8;

  it('never duplicates: each message reached its provider at most once, and every interrupted one is UNCERTAIN with a task', async () => {
    const customers = await Promise.all(Array.from({ length: INVOICES }, (_, i) => newCustomer(`kill${i}`)));
    const sid = newAccountSid();
    const first = startWorker(sid);
    const invoiceIds = await Promise.all(customers.map((c, i) => importLateInvoice(c.id, `kill${i}`)));
    // Kill once sending has begun, at a random point within the next half second (logged to reproduce a failure).
    await eventually(
      async () => (await office.prisma.message.count({ where: { invoiceId: { in: invoiceIds } } })) > 0,
      'the first message recorded',
      90_000,
      20,
    );
    const delayMs = crypto.randomInt(0, 500);
    console.info(`exactly-once: SIGKILL of the worker ${delayMs} ms after the first message was recorded`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    first.process.kill('SIGKILL');
    await first.exited;
    const doneAtKill = await office.prisma.dunningStep.count({
      where: { invoiceId: { in: invoiceIds }, stepKey: STEP, state: 'DONE' },
    });
    // The kill must have cut the run short, else this proves nothing.
    expect(doneAtKill).toBeLessThan(INVOICES);

    const second = startWorker(sid);
    try {
      for (const id of invoiceIds) {
        await stepDone(id);
      }
    } finally {
      await stop(second.process);
    }

    const messages = await office.prisma.message.findMany({ where: { invoiceId: { in: invoiceIds }, step: STEP } });
    expect(messages).toHaveLength(2 * INVOICES);
    const outcome = { sent: 0, uncertain: 0 };
    for (const message of messages) {
      expect(['SENT', 'UNCERTAIN']).toContain(message.status);
      expect(await verifyTasks(message)).toHaveLength(message.status === 'UNCERTAIN' ? 1 : 0);
      outcome[message.status === 'SENT' ? 'sent' : 'uncertain'] += 1;
    }
    for (const [i, customer] of customers.entries()) {
      const email = messages.find((m) => m.invoiceId === invoiceIds[i] && m.channel === 'EMAIL')!;
      const mails = await mailsTo(customer.billingEmail);
      // SENT: delivered once. UNCERTAIN: delivered once or not at all, a human checks; never twice.
      if (email.status === 'SENT') {
        expect(mails).toHaveLength(1);
      } else {
        expect(mails.length).toBeLessThanOrEqual(1);
      }
      for (const mail of mails) {
        expect(mail.headers['message-id']).toBe(messageIdFor(email.idempotencyKey));
      }
    }
    const sms = messages.filter((m) => m.channel === 'SMS');
    const posts = smsPosts(sid);
    expect(posts).toBeGreaterThanOrEqual(sms.filter((m) => m.status === 'SENT').length);
    expect(posts).toBeLessThanOrEqual(sms.length);
    console.info(
      `exactly-once: ${doneAtKill}/${INVOICES} steps done at the kill; ${outcome.sent} messages SENT, ${outcome.uncertain} UNCERTAIN; ${posts} SMS requests`,
    );
  }, 240_000);
});
