import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';

const logger = new Logger('ApiCluster');

/**
 * The primary forks `processes` API processes sharing one port (node:cluster hands out connections in turn),
 * replaces one that dies after it listened, and on SIGTERM/SIGINT stops them all before it exits.
 */
export function forkApiProcesses(processes: number): void {
  let stopping = false;
  let exitCode = 0;
  const listened = new Set<number>();
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.process.kill(signal);
    }
  };
  cluster.on('listening', (worker) => {
    listened.add(worker.id);
    if (listened.size === processes) {
      logger.log(`${processes} API processes listening`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping && listened.has(worker.id)) {
      logger.warn(`API process ${worker.process.pid} exited (${signal ?? code}): starting another`);
      cluster.fork();
      return;
    }
    if (!stopping) {
      // It failed before listening (configuration, database…): another would fail the same way.
      logger.error(`API process ${worker.process.pid} exited (${signal ?? code}) before listening: stopping`);
      exitCode = 1;
      stop('SIGTERM');
    }
    if (Object.values(cluster.workers ?? {}).every((other) => !other || other.isDead())) {
      process.exit(exitCode);
    }
  });
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < processes; i++) {
    cluster.fork();
  }
}
