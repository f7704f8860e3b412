import crypto from 'node:crypto';
import fs from 'node:fs';
import { Connection } from '@temporalio/client';
import nodemailer from 'nodemailer';
import { mapBounded } from '../../src/common/bounded-pool';
import type { BenchContext } from './scenario';

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far (Linux /proc). */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The highest resident set size a process has reached, in MiB (VmHWM). */
export function peakRssMiB(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/** Where a process's resident memory is: anonymous (heaps, malloc arenas) and file-backed (code, mapped files), in MiB. */
export function rssSplitMiB(pid: number): { anon: number; file: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { anon: kib('RssAnon') / 1024, file: (kib('RssFile') + kib('RssShmem')) / 1024 };
}

/** The pid of the Temporal dev server listening on the stack's port, found by its command line. */
export function temporalServerPid(address: string): number | undefined {
  const port = address.split(':').pop();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes('start-dev') && args[args.indexOf('--port') + 1] === port) {
        return Number(entry);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/** Emails/s the SMTP peer accepts from a nodemailer pool of `connections`, as our worker's transport sends them. */
export async function smtpIntake(
  ctx: BenchContext,
  smtpUrl: string,
  size: number,
  connections: number,
): Promise<number> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
  });
  const progress = ctx.progress('SMTP peer intake', size);
  const started = Date.now();
  await mapBounded(
    Array.from({ length: size }, (_, i) => i),
    connections * 4,
    async (i) => {
      await transport.sendMail({
        from: 'bench@bench.test',
        to: `intake-${i}@bench.test`,
        subject: `Relance ${i}`,
        text: 'Bonjour, sauf erreur de notre part, la facture ci-dessous reste impayée.',
      });
      progress.tick();
    },
  );
  progress.done();
  transport.close();
  return size / ((Date.now() - started) / 1000);
}

export async function clearMailbox(maildevUrl: string): Promise<void> {
  const response = await fetch(`${maildevUrl}/api/email/all`, { method: 'DELETE' });
  if (!response.ok) {
    throw new Error(`maildev DELETE /email/all: HTTP ${response.status}`);
  }
}

/** How many emails the SMTP peer holds, and for how many distinct recipients (page by page through its summaries). */
export async function mailboxCensus(maildevUrl: string): Promise<{ total: number; recipients: number }> {
  const recipients = new Set<string>();
  let total = 0;
  for (let skip = 0; ; skip += 200) {
    const page = (await (await fetch(`${maildevUrl}/api/email/summary?skip=${skip}&limit=200&sort=asc`)).json()) as {
      items: Array<{ to: Array<{ address: string }> }>;
      total: number;
    };
    total = page.total;
    for (const item of page.items) {
      recipients.add(
        item.to
          .map((t) => t.address)
          .sort()
          .join(','),
      );
    }
    if (page.items.length < 200) {
      break;
    }
  }
  return { total, recipients: recipients.size };
}

/** Terminates every workflow of the given task queues in one server-side batch, so the next scenario starts clean. */
export async function terminateQueues(address: string, taskQueues: string[]): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const visibilityQuery = taskQueues.map((q) => `TaskQueue = "${q}"`).join(' OR ');
    await connection.workflowService.startBatchOperation({
      namespace: 'default',
      jobId: `bench-cleanup-${crypto.randomUUID()}`,
      reason: 'benchmark finished',
      visibilityQuery: `ExecutionStatus = "Running" AND (${visibilityQuery})`,
      terminationOperation: {},
    });
  } finally {
    await connection.close();
  }
}
