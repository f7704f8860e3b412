import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { INestApplicationContext } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import { workerNodeArgs, workerProcessEnv } from '../../src/temporal/worker-process';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { createWorker, type BackOfficeWorker } from '../../src/worker';
import { WorkerModule } from '../../src/worker.module';
import { seedDemoData, type SeededDemo } from '../../src/seed/demo-data';
import { createTestDatabase } from './database';
import { ApiClient, type HttpResult } from '../../scripts/lib/api-client';
import { testStack } from './stack';
import { quietTemporalLogs } from './temporal-logs';

// Re-exported for the tests that boot a back office anyway; the polling itself lives in ./eventually.
export { eventually } from './eventually';

quietTemporalLogs();

const ROOT = path.resolve(__dirname, '../..');
export const WORKFLOW_BUNDLE = path.join(ROOT, 'dist/workflow-bundle.js');

export { ApiClient, type HttpResult };

export interface BackOffice {
  api: ApiClient;
  prisma: PrismaClient;
  demo: SeededDemo;
  env: Record<string, string>;
  /** Stops the in-process worker (e.g. to run a child worker with fault injection instead). */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface BootOptions {
  label: string;
  /** Run without the in-process worker (the test brings its own). */
  withoutWorker?: boolean;
  env?: Record<string, string>;
}

/** The real back office for one test file: its own database and task queue, the shared Temporal, SMTP and Twilio peers. */
export async function bootBackOffice(options: BootOptions): Promise<BackOffice> {
  const stack = testStack();
  // A test that runs its own PostgreSQL passes its migrated database as env.DATABASE_URL.
  const databaseUrl = options.env?.DATABASE_URL ?? (await createTestDatabase(options.label));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: `${options.label}-${crypto.randomUUID().slice(0, 8)}`,
    SMTP_URL: stack.smtpUrl,
    TWILIO_ACCOUNT_SID: `AC${crypto.randomBytes(16).toString('hex')}`,
    TWILIO_AUTH_TOKEN: 'test-token',
    TWILIO_FROM: '+33100000000',
    TWILIO_BASE_URL: stack.twilioBaseUrl,
    DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `acquitte-docs-${options.label}-`)),
    TEMPLATES_DIR: path.join(ROOT, 'templates'),
    UI_DIST_DIR: path.join(ROOT, 'ui/dist'),
    WORKFLOW_BUNDLE_PATH: WORKFLOW_BUNDLE,
    PUBLIC_URL: 'http://127.0.0.1:3999',
    // Business tests expect an action's result (200) even on a loaded machine; the outage tests set their own bound.
    UPDATE_WAIT_MS: '60000',
    ...options.env,
  };
  Object.assign(process.env, env);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const demo = await seedDemoData(prisma, {
    customerEmailDomain: `${options.label}-${crypto.randomBytes(3).toString('hex')}.demo.test`,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  let running: { context: INestApplicationContext; workers: BackOfficeWorker; done: Promise<void> } | undefined;

  const startWorker = async () => {
    const context = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
    const workers = await createWorker(context);
    running = { context, workers, done: workers.run() };
  };
  const stopWorker = async () => {
    if (!running) {
      return;
    }
    const current = running;
    running = undefined;
    current.workers.shutdown();
    await current.done;
    await current.workers.connection.close();
    await current.context.close();
  };
  if (!options.withoutWorker) {
    await startWorker();
  }
  return {
    api: new ApiClient(`http://127.0.0.1:${address.port}`),
    prisma,
    demo,
    env,
    startWorker,
    stopWorker,
    async close() {
      await stopWorker();
      await app.close();
      await prisma.$disconnect();
    },
  };
}

/** The built worker (dist/) as a child process, for tests that kill it mid-step. */
export function spawnWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, workerNodeArgs(path.join(ROOT, 'dist/src/worker.js')), {
    cwd: ROOT,
    env: workerProcessEnv({ ...process.env, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
