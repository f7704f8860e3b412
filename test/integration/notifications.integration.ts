// Real: the message ledger and its repositories, PostgreSQL, the SMTP peer (maildev), Twilio's API (Prism). Faked: nothing;
// crashes are injected through ACQUITTE_FAULT in a child process.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import supertest from 'supertest';
import type { AppConfig } from '../../src/config/config';
import type { Message } from '../../src/generated/prisma/client';
import { MailTransport } from '../../src/notifications/mail-transport';
import { messageIdFor } from '../../src/notifications/message-id';
import { MessageLedgerService } from '../../src/notifications/message-ledger.service';
import { MessageRepository } from '../../src/notifications/message.repository';
import { ReadReceiptsService } from '../../src/notifications/read-receipts.service';
import { SmsTransport } from '../../src/notifications/sms-transport';
import { TRANSPARENT_GIF } from '../../src/notifications/tracking-pixel';
import { TrackingController } from '../../src/notifications/tracking.controller';
import { PrismaService } from '../../src/prisma/prisma.service';
import { TaskRepository } from '../../src/tasks/task.repository';
import { createTestDatabase } from '../support/database';
import { mailsTo, type MaildevMail } from '../support/maildev';
import { testStack } from '../support/stack';
import { integrationConfig, serviceUnderTest } from './support';

const stack = testStack();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const unique = (label: string) => `${label}-${crypto.randomBytes(4).toString('hex')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// maildev and Prism record what they received a moment after answering: on a loaded machine that can take seconds.
const SETTLE_DEADLINE_MS = 30_000;

let databaseUrl: string;
let prisma: PrismaService;
let companyId: string;
let advUserId: string;

/** The environment of a child process, which reads its own configuration at start. */
function envWith(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SMTP_URL: stack.smtpUrl,
    MAIL_FROM: 'Acquitte Tests <facturation@acquitte.test>',
    PUBLIC_URL: 'https://factu.acquitte.test',
    TWILIO_ACCOUNT_SID: '',
    TWILIO_AUTH_TOKEN: '',
    TWILIO_FROM: '',
    TWILIO_BASE_URL: '',
    ACQUITTE_FAULT: '',
    ...overrides,
  };
}

function configWith(overrides: Record<string, string> = {}): AppConfig {
  return integrationConfig({
    DATABASE_URL: databaseUrl,
    MAIL_FROM: 'Acquitte Tests <facturation@acquitte.test>',
    PUBLIC_URL: 'https://factu.acquitte.test',
    ACQUITTE_FAULT: '',
    ...overrides,
  });
}

/** Twilio settings aimed at the Prism peer, with an account SID of its own so its requests can be counted. */
function twilioEnv(): Record<string, string> {
  return {
    TWILIO_ACCOUNT_SID: `AC${crypto.randomBytes(16).toString('hex')}`,
    TWILIO_AUTH_TOKEN: 'test-token',
    TWILIO_FROM: '+33100000000',
    TWILIO_BASE_URL: stack.twilioBaseUrl,
  };
}

/** The real ledger over the real SMTP peer (maildev) and Twilio's API (Prism), or the SMS outbox when Twilio is unset. */
function ledgerWith(config: AppConfig): Promise<MessageLedgerService> {
  return serviceUnderTest(MessageLedgerService, {
    real: [MessageRepository, TaskRepository, MailTransport, SmsTransport],
    config,
    prisma,
  });
}

/** Waits until maildev holds `count` mails for this address, then a little longer to catch an extra one. */
async function settledMailsTo(address: string, count: number): Promise<MaildevMail[]> {
  const deadline = Date.now() + SETTLE_DEADLINE_MS;
  while ((await mailsTo(address)).length < count && Date.now() < deadline) {
    await sleep(100);
  }
  await sleep(300);
  return mailsTo(address);
}

function prismRequests(accountSid: string, method: 'get' | 'post'): number {
  const needle = `[HTTP SERVER] ${method} /2010-04-01/Accounts/${accountSid}/Messages.json`;
  return fs
    .readFileSync(stack.prismLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes(needle) && line.includes('Request received')).length;
}

async function settledPrismRequests(accountSid: string, method: 'get' | 'post', count: number): Promise<number> {
  const deadline = Date.now() + SETTLE_DEADLINE_MS;
  while (prismRequests(accountSid, method) < count && Date.now() < deadline) {
    await sleep(100);
  }
  await sleep(300);
  return prismRequests(accountSid, method);
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An SMTP server that takes the whole message, then drops the connection instead of acknowledging it. */
async function smtpDroppingAfterData(): Promise<net.Server> {
  const server = net.createServer((socket) => {
    let inData = false;
    let buffer = '';
    socket.write('220 flaky ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      if (inData) {
        if (buffer.includes('\r\n.\r\n')) {
          setTimeout(() => socket.destroy(), 300);
        }
        return;
      }
      let end: number;
      while ((end = buffer.indexOf('\r\n')) !== -1) {
        const command = buffer.slice(0, end).toUpperCase();
        buffer = buffer.slice(end + 2);
        if (command.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
          return;
        }
        socket.write('250 OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function emailTo(to: string, overrides: Partial<Parameters<MessageLedgerService['sendEmail']>[0]> = {}) {
  return {
    idempotencyKey: unique('invoice-wf:D+3:email'),
    companyId,
    step: 'D+3',
    template: 'reminder-courteous',
    to,
    subject: 'Relance facture FACT-2026-001',
    text: 'Bonjour, sauf erreur de notre part, la facture FACT-2026-001 reste impayée.',
    ...overrides,
  };
}

function sendingRow(channel: 'EMAIL' | 'SMS', fields: Partial<Message> & { recipient: string; body: string }) {
  return prisma.message.create({
    data: {
      companyId,
      channel,
      step: 'D+15',
      idempotencyKey: unique(`crashed:${channel}`),
      status: 'SENDING',
      provider: channel === 'SMS' ? 'twilio' : 'smtp',
      ...fields,
    },
  });
}

const verifyTasks = (key: string) => prisma.task.findMany({ where: { idempotencyKey: `${key}:verify` } });

beforeAll(async () => {
  databaseUrl = await createTestDatabase('notifications');
  prisma = new PrismaService(configWith());
  const company = await prisma.company.create({
    data: {
      legalName: 'Atelier Dupont SARL',
      legalForm: 'SARL',
      shareCapitalCents: 1_000_000,
      addressLine1: '12 rue des Lilas',
      postalCode: '69003',
      city: 'Lyon',
      siren: '123456789',
      siret: '12345678900012',
      rcsCity: 'Lyon',
      vatNumber: 'FR32123456789',
      email: 'contact@dupont.test',
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
      approvalCircuit: { levels: [], sending: 'ADV' },
      dunningSettings: { timezone: 'Europe/Paris', sendHour: 9 },
    },
  });
  companyId = company.id;
  const adv = await prisma.user.create({
    data: { companyId, email: unique('adv') + '@dupont.test', passwordHash: 'x', fullName: 'Alice ADV', role: 'ADV' },
  });
  advUserId = adv.id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('emails', () => {
  it('sends an email with its PDF once, with the Message-ID derived from the key; the same key sends nothing more', async () => {
    const ledger = await ledgerWith(configWith());
    const to = `${unique('client')}@client.test`;
    const request = emailTo(to, {
      attachments: [{ filename: 'FACT-2026-001.pdf', content: PDF, contentType: 'application/pdf' }],
      documentIds: ['doc-1'],
    });

    const first = await ledger.sendEmail(request);
    const again = await ledger.sendEmail(request);

    expect(first).toMatchObject({
      status: 'SENT',
      provider: 'smtp',
      channel: 'EMAIL',
      recipient: to,
      attempts: 1,
      documentIds: ['doc-1'],
    });
    expect(first.sentAt).toBeInstanceOf(Date);
    expect(first.providerId).toBe(messageIdFor(request.idempotencyKey));
    expect(again).toEqual(first);
    const mails = await settledMailsTo(to, 1);
    expect(mails).toHaveLength(1);
    expect(mails[0].headers['message-id']).toBe(messageIdFor(request.idempotencyKey));
    expect(mails[0].subject).toBe(request.subject);
    expect(mails[0].attachments).toEqual([
      expect.objectContaining({ filename: 'FACT-2026-001.pdf', contentType: 'application/pdf' }),
    ]);
  });

  it('sends once when two attempts race on the same key', async () => {
    const ledger = await ledgerWith(configWith());
    const to = `${unique('race')}@client.test`;
    const request = emailTo(to);

    await Promise.all([ledger.sendEmail(request), ledger.sendEmail(request), ledger.sendEmail(request)]);

    expect(await settledMailsTo(to, 1)).toHaveLength(1);
    expect(await prisma.message.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } })).toMatchObject(
      { status: 'SENT', attempts: 1 },
    );
  });

  it('turns a send interrupted mid-way (found SENDING) into UNCERTAIN with one verification task, and never sends it', async () => {
    const ledger = await ledgerWith(configWith());
    const to = `${unique('crashed')}@client.test`;
    const row = await sendingRow('EMAIL', { recipient: to, subject: 'Relance facture FACT-2026-002', body: 'Bonjour' });
    const request = emailTo(to, { idempotencyKey: row.idempotencyKey, subject: 'Relance facture FACT-2026-002' });

    const first = await ledger.sendEmail(request);
    const second = await ledger.sendEmail(request);

    expect(first.status).toBe('UNCERTAIN');
    expect(first.error).toMatch(/SMTP/);
    expect(second).toEqual(first);
    const tasks = await verifyTasks(row.idempotencyKey);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      type: 'VERIFY_UNCERTAIN_MESSAGE',
      status: 'OPEN',
      assigneeId: advUserId,
      companyId,
      title: `Vérifier l'envoi incertain : Relance facture FACT-2026-002 à ${to}`,
    });
    const dueInHours = (tasks[0].dueAt.getTime() - Date.now()) / 3_600_000;
    expect(dueInHours).toBeGreaterThan(23);
    expect(dueInHours).toBeLessThanOrEqual(24);
    expect(await settledMailsTo(to, 0)).toHaveLength(0);
  });

  it('records a refused send as FAILED, then the retry with a working SMTP server sends it once', async () => {
    const to = `${unique('failed')}@client.test`;
    const request = emailTo(to);
    const broken = await ledgerWith(configWith({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` }));

    await expect(broken.sendEmail(request)).rejects.toThrow();
    const failed = await prisma.message.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null });
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);

    const sent = await (await ledgerWith(configWith())).sendEmail(request);
    expect(sent).toMatchObject({ id: failed.id, status: 'SENT', attempts: 2, error: null });
    expect(await settledMailsTo(to, 1)).toHaveLength(1);
  });

  it('keeps a send whose connection broke after the data went out as SENDING, so the retry makes it UNCERTAIN instead of resending', async () => {
    const flaky = await smtpDroppingAfterData();
    const to = `${unique('dropped')}@client.test`;
    const request = emailTo(to);
    try {
      const { port } = flaky.address() as net.AddressInfo;
      await expect(
        (await ledgerWith(configWith({ SMTP_URL: `smtp://127.0.0.1:${port}` }))).sendEmail(request),
      ).rejects.toThrow();
    } finally {
      flaky.close();
    }
    const interrupted = await prisma.message.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } });
    expect(interrupted).toMatchObject({ status: 'SENDING', attempts: 1 });
    expect(interrupted.error).toMatch(/^outcome unknown/);
    // updatedAt still marks the attempt's start (the provider lookup window), not the failure 300 ms later.
    expect(interrupted.updatedAt.getTime() - interrupted.createdAt.getTime()).toBeLessThan(200);

    const retried = await (await ledgerWith(configWith())).sendEmail(request);
    expect(retried.status).toBe('UNCERTAIN');
    expect(await verifyTasks(request.idempotencyKey)).toHaveLength(1);
    expect(await settledMailsTo(to, 0)).toHaveLength(0);
  });

  it('dies at the injected crash point after the SMTP server accepted the mail; the retry makes it UNCERTAIN, not a duplicate', async () => {
    const to = `${unique('killed')}@client.test`;
    const request = emailTo(to, { idempotencyKey: unique('invoice-wf:D+7:email') });
    const script = `
      const { loadConfig } = require('./src/config/config');
      const { PrismaService } = require('./src/prisma/prisma.service');
      const { TaskRepository } = require('./src/tasks/task.repository');
      const { MailTransport } = require('./src/notifications/mail-transport');
      const { SmsTransport } = require('./src/notifications/sms-transport');
      const { MessageLedgerService } = require('./src/notifications/message-ledger.service');
      const { MessageRepository } = require('./src/notifications/message.repository');
      const config = loadConfig(process.env);
      const prisma = new PrismaService(config);
      const ledger = new MessageLedgerService(prisma, new MessageRepository(prisma), new MailTransport(config), new SmsTransport(config), new TaskRepository(prisma), config);
      ledger.sendEmail(JSON.parse(process.env.REQUEST)).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
    `;
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        ...envWith({ ACQUITTE_FAULT: `message:after-provider:${request.idempotencyKey}` }),
        REQUEST: JSON.stringify(request),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });

    expect(child.status).toBe(137);
    expect(child.stderr).toContain('message:after-provider');
    expect(await prisma.message.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } })).toMatchObject(
      { status: 'SENDING' },
    );
    const retried = await (await ledgerWith(configWith())).sendEmail(request);
    expect(retried.status).toBe('UNCERTAIN');
    expect(await verifyTasks(request.idempotencyKey)).toHaveLength(1);
    expect(await settledMailsTo(to, 1)).toHaveLength(1);
  });
});

describe('SMS', () => {
  it('sends through the official Twilio client once; the same key makes no new request', async () => {
    const env = twilioEnv();
    const ledger = await ledgerWith(configWith(env));
    const request = {
      idempotencyKey: unique('invoice-wf:D+15:sms'),
      companyId,
      step: 'D+15',
      to: '+33612345678',
      body: 'Facture FACT-2026-001 impayée depuis 15 jours.',
    };

    const first = await ledger.sendSms(request);
    expect(first).toMatchObject({
      status: 'SENT',
      provider: 'twilio',
      channel: 'SMS',
      recipient: '+33612345678',
      attempts: 1,
    });
    expect(first.providerId).toMatch(/^SM/);
    expect(await settledPrismRequests(env.TWILIO_ACCOUNT_SID, 'post', 1)).toBe(1);

    expect(await ledger.sendSms(request)).toEqual(first);
    expect(await settledPrismRequests(env.TWILIO_ACCOUNT_SID, 'post', 1)).toBe(1);
  });

  it('reconciles an interrupted SMS with Twilio: found in the message list → SENT with that SID, no new request', async () => {
    const env = twilioEnv();
    // Prism lists the spec's example page: "testing" to +18182008801, created 2019-05-24T17:44:46Z.
    const row = await sendingRow('SMS', {
      recipient: '+18182008801',
      body: 'testing',
      updatedAt: new Date('2019-05-24T17:44:30Z'),
    });

    const reconciled = await (
      await ledgerWith(configWith(env))
    ).sendSms({ idempotencyKey: row.idempotencyKey, companyId, step: 'D+15', to: row.recipient, body: row.body });

    expect(reconciled).toMatchObject({ status: 'SENT', providerId: 'SMded05904ccb347238880ca9264e8fe1c' });
    // Prism always offers a next page of 2 examples: the lookup stops at its limit of 20 messages.
    const lookups = await settledPrismRequests(env.TWILIO_ACCOUNT_SID, 'get', 1);
    expect(lookups).toBeGreaterThanOrEqual(1);
    expect(lookups).toBeLessThanOrEqual(10);
    expect(prismRequests(env.TWILIO_ACCOUNT_SID, 'post')).toBe(0);
  });

  it('makes an interrupted SMS that Twilio does not list UNCERTAIN with one verification task, without resending', async () => {
    const env = twilioEnv();
    const row = await sendingRow('SMS', { recipient: '+33699999999', body: 'Dernier rappel avant procédure.' });
    const ledger = await ledgerWith(configWith(env));
    const request = { idempotencyKey: row.idempotencyKey, companyId, step: 'D+15', to: row.recipient, body: row.body };

    expect(await ledger.sendSms(request)).toMatchObject({ status: 'UNCERTAIN' });
    expect(await ledger.sendSms(request)).toMatchObject({ status: 'UNCERTAIN' });

    const tasks = await verifyTasks(row.idempotencyKey);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].title).toBe("Vérifier l'envoi incertain : SMS à +33699999999");
    expect(prismRequests(env.TWILIO_ACCOUNT_SID, 'post')).toBe(0);
  });

  it('keeps SMS in the outbox when Twilio is not configured', async () => {
    const ledger = await ledgerWith(configWith());
    const request = {
      idempotencyKey: unique('invoice-wf:D+15:sms'),
      companyId,
      step: 'D+15',
      to: '+33611111111',
      body: 'Rappel',
    };

    const first = await ledger.sendSms(request);

    expect(first).toMatchObject({ status: 'OUTBOX', provider: 'outbox', providerId: null });
    expect(await ledger.sendSms(request)).toEqual(first);
  });
});

describe('internal notifications', () => {
  it('records an in-app notification for the user and emails them a copy, once', async () => {
    const manager = await prisma.user.create({
      data: {
        companyId,
        email: `${unique('manager')}@dupont.test`,
        passwordHash: 'x',
        fullName: 'Marc Manager',
        role: 'MANAGER',
      },
    });
    const ledger = await ledgerWith(configWith());
    const notification = {
      idempotencyKey: unique('invoice-wf:D+7:notify'),
      companyId,
      step: 'D+7',
      userId: manager.id,
      subject: 'Appeler le client',
      text: 'Facture FACT-2026-001 en retard de 7 jours.',
    };

    const internal = await ledger.notifyUser(notification);
    expect(await ledger.notifyUser(notification)).toEqual(internal);

    expect(internal).toMatchObject({
      channel: 'INTERNAL',
      status: 'SENT',
      provider: 'internal',
      recipientUserId: manager.id,
    });
    const copy = await prisma.message.findUniqueOrThrow({
      where: { idempotencyKey: `${notification.idempotencyKey}:email` },
    });
    expect(copy).toMatchObject({
      channel: 'EMAIL',
      status: 'SENT',
      recipient: manager.email,
      recipientUserId: manager.id,
    });
    expect(await settledMailsTo(manager.email, 1)).toHaveLength(1);
  });
});

describe('read receipts', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [TrackingController],
      providers: [ReadReceiptsService, MessageRepository, { provide: PrismaService, useValue: prisma }],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('puts a pixel in HTML emails whose first fetch sets readAt, and later fetches keep it', async () => {
    const to = `${unique('reader')}@client.test`;
    const sent = await (
      await ledgerWith(configWith())
    ).sendEmail(emailTo(to, { html: '<html><body><p>Bonjour</p></body></html>' }));
    const [mail] = await settledMailsTo(to, 1);
    expect(mail.html).toContain(`https://factu.acquitte.test/t/${sent.id}.gif`);
    expect(sent.readAt).toBeNull();

    const first = await supertest(app.getHttpServer()).get(`/t/${sent.id}.gif`).expect(200);
    expect(first.headers['content-type']).toBe('image/gif');
    expect(first.headers['cache-control']).toContain('no-store');
    expect(Buffer.from(first.body as Buffer)).toEqual(TRANSPARENT_GIF);
    const { readAt } = await prisma.message.findUniqueOrThrow({ where: { id: sent.id } });
    expect(readAt).toBeInstanceOf(Date);

    await sleep(20);
    await supertest(app.getHttpServer()).get(`/t/${sent.id}.gif`).expect(200);
    expect((await prisma.message.findUniqueOrThrow({ where: { id: sent.id } })).readAt).toEqual(readAt);
  });

  it('answers a GIF for an unknown message too', async () => {
    const response = await supertest(app.getHttpServer()).get('/t/not-a-message.gif').expect(200);
    expect(response.headers['content-type']).toBe('image/gif');
  });
});
