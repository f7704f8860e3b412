import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cloneDatabase } from '../../scripts/lib/postgres';
import { freePort } from '../../scripts/lib/processes';
import { startTestStack, stopTestStack, testStack, type TestStack } from '../../test/support/stack';
import { WORKER_NODE_FLAGS, workerProcessEnv } from '../../src/temporal/worker-process';

const ROOT = path.resolve(__dirname, '../..');

/** The backing services (PostgreSQL, Temporal dev server, maildev, Twilio peer) on free ports, for the whole bench run. */
export async function benchStack(): Promise<TestStack> {
  await startTestStack();
  return testStack();
}

export const stopBenchStack = stopTestStack;

/** A fresh migrated database cloned from the stack's template. */
export async function benchDatabase(label: string): Promise<string> {
  return cloneDatabase(testStack().databaseUrl, `b_${label}_${crypto.randomBytes(4).toString('hex')}`);
}

/** The environment the API and worker processes get: their own database, task queue and documents folder. */
export function backOfficeEnv(
  label: string,
  databaseUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const stack = testStack();
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_TASK_QUEUE: `bench-${label}-${crypto.randomBytes(3).toString('hex')}`,
    SMTP_URL: stack.smtpUrl,
    DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `acquitte-bench-${label}-`)),
    TEMPLATES_DIR: path.join(ROOT, 'templates'),
    UI_DIST_DIR: path.join(ROOT, 'ui/dist'),
    WORKFLOW_BUNDLE_PATH: path.join(ROOT, 'dist/workflow-bundle.js'),
    ...extra,
  };
}

export interface BenchProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs the built API (dist/src/main.js) on a free port and waits until /health answers (and `readyLine` is printed). */
export async function startApi(
  env: Record<string, string>,
  readyLine?: RegExp,
): Promise<BenchProcess & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawnNode('dist/src/main.js', { ...env, PORT: String(port), PUBLIC_URL: url });
  const printed = readyLine ? outputLine(proc.child, readyLine) : Promise.resolve();
  // An API that never got healthy must not outlive the run: its pipes would keep the bench process alive.
  await Promise.all([waitForHealth(`${url}/health`, proc.child), printed]).catch(async (error: unknown) => {
    await proc.stop();
    throw error;
  });
  return { ...proc, url };
}

/** Runs the built worker (dist/src/worker.js); it is ready once it prints that it polls. */
export async function startWorker(env: Record<string, string>): Promise<BenchProcess> {
  // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the worker alone (each thread writes a .cpuprofile at exit).
  const nodeArgs = process.env.BENCH_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const proc = spawnNode('dist/src/worker.js', workerProcessEnv(env), [...WORKER_NODE_FLAGS, ...nodeArgs]);
  await outputLine(proc.child, /Polling task queue/);
  return proc;
}

/** Resolves once the process has printed a line matching `pattern` (stdout or stderr). */
function outputLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`process exited with ${code}: ${seen.slice(-2000)}`)));
  });
}

function spawnNode(script: string, env: Record<string, string>, nodeArgs: string[] = []): BenchProcess {
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          return resolve();
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

// Three minutes: on a loaded shared machine the API's boot alone has taken over one.
async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`process exited with ${child.exitCode} before ${url} answered`);
    }
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
