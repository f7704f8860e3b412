// `npm start` from a fresh data dir (own ports), timed until /health says "ok" (worker polling), then a second start
// on the same data. The limit: embedded PostgreSQL and the Temporal dev server started alone, side by side.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { becameHealthy } from '../../scripts/lib/health';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres';
import { freePort, spawnService, stopChild } from '../../scripts/lib/processes';
import { resolveTemporalCli, startTemporalDevServer } from '../../scripts/lib/temporal';
import type { Scenario } from '../lib/scenario';

const ROOT = path.resolve(__dirname, '../..');
const PORT_NAMES = ['PORT', 'PG_PORT', 'TEMPORAL_PORT', 'TEMPORAL_UI_PORT', 'MAILDEV_SMTP_PORT', 'MAILDEV_WEB_PORT'];

export const startupScenario: Scenario = {
  name: 'startup',
  description: '`npm start` from a fresh data dir → seconds until healthy (worker polling), then a second start',
  defaultSize: 1,
  async run(ctx) {
    for (let round = 0; round < ctx.size; round++) {
      const limit = await servicesAloneSeconds();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-bench-startup-'));
      try {
        const first = await secondsToHealthy(dataDir);
        const second = await secondsToHealthy(dataDir);
        const servicesAlone = { name: 'PostgreSQL init + Temporal dev server alone', value: limit, unit: 's' };
        ctx.figure({
          name: 'first start to healthy (fresh data dir)',
          value: first,
          unit: 's',
          limit: servicesAlone,
          target: { of: 'value', op: '<=', bound: 60 },
          note: 'server and UI already built (npm run bench builds the server); Temporal CLI cached',
        });
        ctx.figure({ name: 'second start to healthy (same data)', value: second, unit: 's', limit: servicesAlone });
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  },
};

/** The floor of any start: a fresh PostgreSQL cluster and a fresh Temporal dev server, side by side, until both serve. */
async function servicesAloneSeconds(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-bench-floor-'));
  const cli = await resolveTemporalCli();
  const started = Date.now();
  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), persistent: false }),
    startTemporalDevServer({
      cli,
      port: await freePort(),
      uiPort: await freePort(),
      dbFile: path.join(dir, 'temporal.db'),
      namespace: 'default',
      quiet: true,
    }),
  ]);
  const seconds = (Date.now() - started) / 1000;
  await Promise.all([postgres.stop(), temporal.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
  return seconds;
}

/** Runs `npm start`'s script on free ports and dataDir; resolves with the seconds until /health is "ok", once stopped. */
async function secondsToHealthy(dataDir: string): Promise<number> {
  const ports = Object.fromEntries(await Promise.all(PORT_NAMES.map(async (name) => [name, String(await freePort())])));
  const started = Date.now();
  const child = spawnService('start', process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...ports, ACQUITTE_DATA_DIR: dataDir },
    quiet: true,
  });
  try {
    await untilHealthy(`http://127.0.0.1:${ports.PORT}/health`, () => child.exitCode);
    return (Date.now() - started) / 1000;
  } finally {
    await stopChild(child, 30_000);
  }
}

async function untilHealthy(url: string, exitCode: () => number | null, timeoutMs = 300_000): Promise<void> {
  const failure = () =>
    exitCode() === null ? undefined : `npm start exited with ${exitCode()} before ${url} was healthy`;
  if (!(await becameHealthy(url, { timeoutMs, intervalMs: 200, failure }))) {
    throw new Error(`${url} not healthy within ${timeoutMs / 1000} s`);
  }
}
