// The supervision of npm start's children, with real processes: a signal stops every child once, a kill -9 of the
// supervisor takes its children with it, and pids left in the record are stopped by the next start.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pidRecorder, stopStaleServices } from './stale-services';

const FIXTURE = path.join(__dirname, 'fixtures/supervisor.ts');
const started: ChildProcess[] = [];
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-supervision-'));
});

afterEach(() => {
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

// A zombie (exited, not yet reaped by init) counts as gone.
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function allGone(pids: number[], timeoutMs = 5000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(running) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return pids.filter(running);
}

/** The fixture supervisor in its own process group (as npm start is), once its two children run. */
async function startSupervisor(): Promise<{
  supervisor: ChildProcess;
  pids: number[];
  output: () => string;
  exited: Promise<void>;
}> {
  const supervisor = spawn(process.execPath, ['--import', 'tsx', FIXTURE, path.join(dir, 'services.json')], {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.push(supervisor);
  const exited = new Promise<void>((resolve) => supervisor.once('exit', () => resolve()));
  let output = '';
  const pids = await new Promise<number[]>((resolve, reject) => {
    supervisor.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"pids"'));
      if (line) {
        resolve((JSON.parse(line) as { pids: number[] }).pids);
      }
    });
    void exited.then(() => reject(new Error(`supervisor exited early: ${output}`)));
  });
  return { supervisor, pids, output: () => output, exited };
}

it('stops every child once when its process group gets SIGTERM and npm forwards a second one', async () => {
  const { supervisor, pids, output, exited } = await startSupervisor();
  expect(pids.filter(running)).toHaveLength(2);
  process.kill(-supervisor.pid!, 'SIGTERM');
  process.kill(supervisor.pid!, 'SIGTERM');
  await exited;
  expect(await allGone(pids)).toEqual([]);
  expect(output().match(/Stopping/g)).toHaveLength(1);
}, 30_000);

it('takes its children with it when it is killed -9', async () => {
  const { supervisor, pids, exited } = await startSupervisor();
  supervisor.kill('SIGKILL');
  await exited;
  expect(await allGone(pids)).toEqual([]);
}, 30_000);

it('stops the recorded processes a killed run left behind, and leaves a recycled pid alone', async () => {
  const leftover = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
  started.push(leftover);
  const file = path.join(dir, 'services.json');
  pidRecorder(file).record([{ name: 'worker', pid: leftover.pid, stop: async () => undefined }]);
  const recorded = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  fs.writeFileSync(
    file,
    JSON.stringify([...recorded, { name: 'recycled', pid: process.pid, cmdline: 'something else' }]),
  );

  expect(await stopStaleServices(file, 2000)).toEqual(['worker']);
  expect(await allGone([leftover.pid!])).toEqual([]);
  expect(running(process.pid)).toBe(true);
  expect(fs.existsSync(file)).toBe(false);
}, 30_000);
