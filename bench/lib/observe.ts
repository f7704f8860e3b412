import crypto from 'node:crypto';
import fs from 'node:fs';
import { Connection } from '@temporalio/client';
import nodemailer from 'nodemailer';
import { mapBounded } from '../../src/common/bounded-pool';
import type { BenchContext } from './scenario';

/** A "Field:   N kB" line of /proc/<pid>/status, in MiB (0 when absent). */
function statusMiB(status: string, field: string): number {
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

const statusOf = (pid: number): string => fs.readFileSync(`/proc/${pid}/status`, 'utf8');

/** Resident set size of a process in MiB (VmRSS), for memory figures. */
export function rssMiB(pid: number): number {
  return statusMiB(statusOf(pid), 'VmRSS');
}

/** The highest resident set size a process has reached, in MiB (VmHWM). */
export function peakRssMiB(pid: number): number {
  return statusMiB(statusOf(pid), 'VmHWM');
}

/** Where a process's resident memory is: anonymous (heaps, malloc arenas) and file-backed (code, mapped files), in MiB. */
export function rssSplitMiB(pid: number): { anon: number; file: number } {
  const status = statusOf(pid);
  return { anon: statusMiB(status, 'RssAnon'), file: statusMiB(status, 'RssFile') + statusMiB(status, 'RssShmem') };
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
