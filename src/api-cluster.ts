import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';

const logger = new Logger('ApiCluster');

/**
 * The primary forks `processes` API processes sharing one port (node:cluster hands out connections in turn),
 * replaces one that dies, and on SIGTERM/SIGINT stops them all before it exits.
 */
export function forkApiProcesses(processes: number): void {
  let stopping = false;
  const fork = (): Worker => cluster.fork();
  for (let i = 0; i < processes; i++) {
    fork();
  }
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening === processes) {
      logger.log(`${processes} API processes listening`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.exit(0);
      }
      return;
    }
    logger.warn(`API process ${worker.process.pid} exited (${signal ?? code}): starting another`);
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.process.kill(signal);
    }
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
