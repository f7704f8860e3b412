import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Addresses of the backing services started by scripts/stack.ts for the whole test run. */
export interface TestStack {
  databaseUrl: string;
  temporalAddress: string;
  smtpUrl: string;
  maildevUrl: string;
  twilioBaseUrl: string;
  prismLog: string;
  timeSkippingServer: string;
  workDir: string;
}

const ENV_KEY = 'ACQUITTE_TEST_STACK';
const holder = globalThis as { __acquitteStack?: ChildProcess };

export function testStack(): TestStack {
  const raw = process.env[ENV_KEY];
  if (!raw) {
    throw new Error('The test stack is not running: run these tests through `npm test` (jest global setup).');
  }
  return JSON.parse(raw) as TestStack;
}

export async function startTestStack(): Promise<void> {
  if (process.env[ENV_KEY]) {
    return;
  }
  const root = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/stack.ts')], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  holder.__acquitteStack = child;
  const ready = await new Promise<TestStack>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"ready"'));
      if (line) {
        resolve((JSON.parse(line) as { ready: TestStack }).ready);
      }
    });
    child.once('exit', (code) => reject(new Error(`scripts/stack.ts exited with code ${code} before being ready`)));
  });
  process.env[ENV_KEY] = JSON.stringify(ready);
}

export async function stopTestStack(): Promise<void> {
  const child = holder.__acquitteStack;
  if (!child || child.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  delete process.env[ENV_KEY];
}
