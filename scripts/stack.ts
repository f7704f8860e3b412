// Starts the backing services for tests (or a throwaway demo): PostgreSQL with a migrated template
// database, a Temporal dev server, maildev, the Twilio peer (Prism) and the time-skipping test server
// wrapper. Prints one JSON line with their addresses, then runs until SIGTERM/SIGINT or stdin closes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, ServiceGroup } from './lib/processes';
import { ensureDatabase, startEmbeddedPostgres } from './lib/postgres';
import { startMaildev, startTwilioPeer } from './lib/peers';
import { ensureTimeSkippingServer, resolveTemporalCli, startTemporalDevServer } from './lib/temporal';
import { migrateDatabase } from './lib/migrate';

export const TEMPLATE_DATABASE = 'acquitte_template';
const log = (line: string) => process.stderr.write(`[stack] ${line}\n`);

// Twilio's published OpenAPI spec is read from the shared peers folder next to the checkout, never copied into the repo.
function twilioSpec(root: string): string {
  const dir = process.env.TWILIO_OPENAPI_DIR ?? path.resolve(root, '../shared/peers/twilio');
  return path.join(dir, 'twilio_api_v2010.json');
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-stack-'));
  const services = new ServiceGroup();
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) {
      return;
    }
    stopping = true;
    await services.stopAll(log);
    fs.rmSync(workDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGTERM', () => void stopAll(0));
  process.on('SIGINT', () => void stopAll(0));
  process.stdin.on('end', () => void stopAll(0));
  process.stdin.resume();

  try {
    const [pgPort, temporalPort, smtpPort, maildevPort, prismPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    const timeSkippingServer = ensureTimeSkippingServer(log);
    const temporalCli = await resolveTemporalCli(log);
    const prismLog = path.join(workDir, 'prism.log');
    const [postgres] = await Promise.all([
      startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), port: pgPort, persistent: false }).then((s) =>
        services.add(s),
      ),
      startTemporalDevServer({ cli: temporalCli, port: temporalPort, namespace: 'default', quiet: true }).then((s) =>
        services.add(s),
      ),
      startMaildev({ smtpPort, webPort: maildevPort, quiet: true }).then((s) => services.add(s)),
      startTwilioPeer({ port: prismPort, spec: twilioSpec(root), logFile: prismLog }).then((s) => services.add(s)),
    ]);
    const templateUrl = postgres.url(TEMPLATE_DATABASE);
    await ensureDatabase(templateUrl);
    await migrateDatabase(templateUrl);
    const ready = {
      databaseUrl: templateUrl,
      temporalAddress: `127.0.0.1:${temporalPort}`,
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      maildevUrl: `http://127.0.0.1:${maildevPort}`,
      twilioBaseUrl: `http://127.0.0.1:${prismPort}`,
      prismLog,
      timeSkippingServer,
      workDir,
    };
    process.stdout.write(`${JSON.stringify({ ready })}\n`);
  } catch (error) {
    log(`failed: ${(error as Error).stack ?? error}`);
    await stopAll(1);
  }
}

if (require.main === module) {
  void main();
}
