import fs from 'node:fs';
import type { Service } from './processes';

interface Recorded {
  name: string;
  pid: number;
  /** /proc/<pid>/cmdline when recorded: a recycled pid running something else is left alone. */
  cmdline: string;
}

const cmdlineOf = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pids of the services npm start runs, kept in a file under the data directory. */
export function pidRecorder(file: string): { record(services: Service[]): void } {
  return {
    record(services) {
      const entries: Recorded[] = services
        .filter((s) => s.pid)
        .map((s) => ({ name: s.name, pid: s.pid!, cmdline: cmdlineOf(s.pid!) }));
      fs.writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
    },
  };
}

/** Stops (TERM, then KILL after graceMs) the services a previous run recorded and left running; returns their names. */
export async function stopStaleServices(file: string, graceMs = 10_000): Promise<string[]> {
  if (!fs.existsSync(file)) {
    return [];
  }
  const recorded = (JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded[]).filter(
    (r) => alive(r.pid) && cmdlineOf(r.pid) === r.cmdline,
  );
  for (const { pid } of recorded) {
    signalGroup(pid, 'SIGTERM');
  }
  const deadline = Date.now() + graceMs;
  while (recorded.some((r) => alive(r.pid)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const { pid } of recorded.filter((r) => alive(r.pid))) {
    signalGroup(pid, 'SIGKILL');
  }
  fs.rmSync(file, { force: true });
  return recorded.map((r) => r.name);
}

// Each service leads its own process group (spawned detached), so its own children go with it.
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}
