import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, and cutime + cstime (children already reaped), in clock ticks. */
  own: number;
  reaped: number;
}

/** A /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat line: "pid (comm) state ppid … utime(14) stime(15) …". */
export function parseStat(text: string): { comm: string; ppid: number; own: number; reaped: number } {
  // comm may hold spaces and parentheses: the fields start after the last ')'.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return {
    comm: text.slice(text.indexOf('(') + 1, close),
    ppid: Number(fields[1]),
    own: Number(fields[11]) + Number(fields[12]),
    reaped: Number(fields[13]) + Number(fields[14]),
  };
}

export const ticksToSeconds = (ticks: number): number => ticks / CLOCK_TICKS_PER_SECOND;

function readStat(pid: number): ProcStat | undefined {
  try {
    const { ppid, own, reaped } = parseStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return { pid, ppid, own, reaped };
  } catch {
    return undefined; // ended while we looked
  }
}

/** User + system CPU seconds of the process alone (not its children) so far. */
export function ownCpuSeconds(pid: number): number {
  return ticksToSeconds(readStat(pid)?.own ?? 0);
}

function allStats(): ProcStat[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/** The pid and every descendant of it among the given (live) processes. */
function descendants(root: number, stats: ProcStat[]): Set<number> {
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const stat of stats) {
      if (!tree.has(stat.pid) && tree.has(stat.ppid)) {
        tree.add(stat.pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** The pid and every live descendant of it. */
export function processTree(root: number): number[] {
  return [...descendants(root, allStats())];
}

/** CPU seconds of a process and every descendant (PostgreSQL backends, soffice…), the ended ones included. */
export function treeCpuSeconds(root: number): number {
  const stats = allStats();
  const tree = descendants(root, stats);
  const rootStat = stats.find((stat) => stat.pid === root);
  const own = stats.filter((stat) => tree.has(stat.pid)).reduce((sum, stat) => sum + stat.own, 0);
  return ticksToSeconds(own + (rootStat?.reaped ?? 0));
}

/** The postmaster listening on a database URL's port, found by its command line (`postgres … -p PORT`). */
export function postmasterPid(databaseUrl: string): number | undefined {
  const port = new URL(databaseUrl).port;
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (/postgres$/.test(args[0]) && args[args.indexOf('-p') + 1] === port) {
        return Number(entry);
      }
    } catch {
      // ended while we looked
    }
  }
  return undefined;
}

/** CPU seconds per named process between two readings: `const cpu = cpuMeter({api: pid, …}); …; cpu.used()`. */
export function cpuMeter(pids: Record<string, number | undefined>): { used(): Record<string, number> } {
  const read = () =>
    Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, pid ? treeCpuSeconds(pid) : 0]));
  const before = read();
  return {
    used: () => Object.fromEntries(Object.entries(read()).map(([name, seconds]) => [name, seconds - before[name]])),
  };
}

/** Named groups of pids whose CPU seconds are compared between two instants (e.g. the apply phase of a statement). */
export type ProcessRoles = Record<string, number[]>;

/** CPU seconds of every live process now, by pid: a process started later counts from 0. */
export function cpuSnapshot(): Map<number, number> {
  return new Map(allStats().map((stat) => [stat.pid, ticksToSeconds(stat.own)]));
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
