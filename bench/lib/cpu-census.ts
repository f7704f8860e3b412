import fs from 'node:fs';
import { parseStat, postmasterPid, ticksToSeconds, treeCpuSeconds } from './process-cpu';

interface ThreadStat {
  comm: string;
  cpuSeconds: number;
}

function readThreadStat(file: string): ThreadStat | undefined {
  try {
    const { comm, own } = parseStat(fs.readFileSync(file, 'utf8'));
    return { comm, cpuSeconds: ticksToSeconds(own) };
  } catch {
    return undefined; // the process or thread ended while we looked
  }
}

/**
 * CPU seconds per thread name of one process: the Node main thread, workflow threads (worker_threads), Temporal's
 * Rust core (tokio), V8's GC helpers, libuv's pool; tells where a Node process spends its CPU without a profiler.
 */
export function threadCpuByName(pid: number): Record<string, number> {
  const byName: Record<string, number> = {};
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    const stat = readThreadStat(`/proc/${pid}/task/${tid}/stat`);
    if (stat) {
      // Node names neither its workflow worker_threads nor V8's GC helpers: both show as "node".
      const name = Number(tid) === pid ? 'main' : stat.comm === 'node' ? 'workflow threads + V8 GC' : stat.comm;
      byName[name] = (byName[name] ?? 0) + stat.cpuSeconds;
    }
  }
  return byName;
}

export interface CpuCensus {
  /** CPU seconds per process (PostgreSQL counted with its backends). */
  processes: Record<string, number>;
  /** CPU seconds per thread name of the worker process. */
  workerThreads: Record<string, number>;
}

interface CensusPids {
  worker: number;
  api: number;
  temporal?: number;
}

/** Starts counting now; `since()` gives the CPU each process (and each worker thread) has spent from here on. */
export function cpuCensus(pids: CensusPids, stack: { databaseUrl: string }): { since(): CpuCensus } {
  const postgres = postmasterPid(stack.databaseUrl);
  const take = (): CpuCensus => ({
    processes: {
      worker: treeCpuSeconds(pids.worker),
      'Temporal server': pids.temporal ? treeCpuSeconds(pids.temporal) : NaN,
      API: treeCpuSeconds(pids.api),
      PostgreSQL: postgres ? treeCpuSeconds(postgres) : NaN,
    },
    workerThreads: threadCpuByName(pids.worker),
  });
  const before = take();
  const minus = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(Object.entries(a).map(([name, s]) => [name, s - (b[name] ?? 0)]));
  return {
    since: () => {
      const now = take();
      return {
        processes: minus(now.processes, before.processes),
        workerThreads: minus(now.workerThreads, before.workerThreads),
      };
    },
  };
}

/** The census in milliseconds per item. */
export function perItemMs(census: CpuCensus, items: number): CpuCensus {
  const scale = (r: Record<string, number>) =>
    Object.fromEntries(Object.entries(r).map(([n, s]) => [n, (s * 1000) / items]));
  return { processes: scale(census.processes), workerThreads: scale(census.workerThreads) };
}
