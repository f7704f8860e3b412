import os from 'node:os';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { temporalServerPid } from './observe';
import { cpuBetween, cpuSnapshot, postmasterPid, processTree, type ProcessRoles } from './process-cpu';
import type { BenchContext } from './scenario';

/** Where the CPU of a statement's apply phase goes, and how long each update took: taken around the phase. */
export class ApplyPhase {
  private readonly before = cpuSnapshot();
  private readonly startedAt = new Date();
  private readonly loadBefore = os.loadavg()[0];

  constructor(private readonly pids: { api: number; worker: number; temporalAddress: string; databaseUrl: string }) {}

  async report(ctx: BenchContext, prisma: PrismaClient, seconds: number): Promise<void> {
    const cpu = cpuBetween(this.roles(), this.before, cpuSnapshot());
    const perProcess = Object.entries(cpu)
      .map(([role, s]) => `${role} ${s.toFixed(1)} s`)
      .join(', ');
    const total = Object.values(cpu).reduce((sum, s) => sum + s, 0);
    ctx.figure({
      name: 'CPU seconds over the apply phase, all processes of the stack',
      value: total,
      unit: 's',
      limit: { name: 'CPU seconds the 2 cores offered in the phase', value: seconds * os.cpus().length, unit: 's' },
      note: `${perProcess}; load average ${this.loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`,
    });
    const latencies = await updateLatencies(prisma, this.startedAt);
    ctx.figure({
      name: 'update latency, match row written → payment row written by the workflow: p50 / p90 / max',
      value: quantile(latencies, 0.5),
      unit: 's',
      note: `p90 ${quantile(latencies, 0.9).toFixed(2)} s, max ${quantile(latencies, 1).toFixed(2)} s over ${latencies.length}`,
    });
    const receipts = await prisma.message.count({ where: { step: 'receipt', createdAt: { gte: this.startedAt } } });
    ctx.log(`bank apply phase: ${perProcess}; ${receipts} receipts emailed by the time the last payment was written`);
  }

  // Listed at the end: the soffice pool starts at the first receipt, inside the phase.
  private roles(): ProcessRoles {
    const { api, worker, temporalAddress, databaseUrl } = this.pids;
    const postmaster = postmasterPid(databaseUrl);
    const temporal = temporalServerPid(temporalAddress);
    return {
      api: [api],
      worker: [worker],
      soffice: processTree(worker).filter((pid) => pid !== worker),
      temporal: temporal ? [temporal] : [],
      postgres: postmaster ? processTree(postmaster) : [],
      bench: [process.pid],
    };
  }
}

async function updateLatencies(prisma: PrismaClient, since: Date): Promise<number[]> {
  const rows = await prisma.$queryRaw<Array<{ seconds: number }>>`
    SELECT EXTRACT(EPOCH FROM p."createdAt" - m."createdAt")::float8 AS seconds
    FROM "BankMatch" m JOIN "Payment" p ON p."requestId" = m."requestId"
    WHERE m."createdAt" >= ${since}`;
  return rows.map((row) => row.seconds).sort((a, b) => a - b);
}

function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
