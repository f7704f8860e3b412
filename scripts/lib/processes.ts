import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';
import { parentDeathGuard } from './parent-death';

export interface Service {
  name: string;
  /** The child's pid, recorded so that a later start can stop what a killed one left behind. */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * Spawns a long-running child whose output goes to our stderr, prefixed with its name (or silenced). It runs in its
 * own process group (stopped as a group, children first), and dies with us even if we are killed -9.
 */
export function spawnService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean } = {},
): ChildProcess {
  const guarded = parentDeathGuard(command, args);
  const child = spawn(guarded.command, guarded.args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  const relay = (stream: NodeJS.ReadableStream | null) =>
    stream?.on('data', (chunk: Buffer) => {
      if (options.quiet) {
        return;
      }
      for (const line of chunk.toString().split('\n')) {
        if (line.trim()) {
          process.stderr.write(`[${name}] ${line}\n`);
        }
      }
    });
  relay(child.stdout);
  relay(child.stderr);
  return child;
}

/** Stops a child and its process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export function childService(name: string, child: ChildProcess): Service {
  return { name, pid: child.pid, stop: () => stopChild(child) };
}

/** Resolves once something accepts TCP connections on host:port, or rejects after timeoutMs. */
export async function waitForPort(
  port: number,
  host = '127.0.0.1',
  timeoutMs = 60_000,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`process exited with code ${child.exitCode} before listening on ${host}:${port}`);
    }
    if (await canConnect(port, host)) {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
}

export function canConnect(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A free TCP port chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

export async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  if (await canConnect(port)) {
    throw new Error(`port ${port} (${what}) is already in use; set ${envName} to another port`);
  }
}

/** Services started together and stopped in reverse order; one added after stopAll() is stopped at once. */
export class ServiceGroup {
  private readonly services: Service[] = [];
  private stopping?: Promise<void>;

  /** `pids`, when given, records every service's pid for stopStaleServices (see stale-services.ts). */
  constructor(private readonly pids?: { record(services: Service[]): void }) {}

  async add<T extends Service>(service: T): Promise<T> {
    if (this.stopping) {
      await service.stop();
    } else {
      this.services.push(service);
      this.pids?.record(this.services);
    }
    return service;
  }

  /** Idempotent: a second signal while stopping waits for the same stop instead of exiting half-way. */
  stopAll(log: (line: string) => void = console.error): Promise<void> {
    this.stopping ??= this.stopInReverse(log);
    return this.stopping;
  }

  private async stopInReverse(log: (line: string) => void): Promise<void> {
    while (this.services.length) {
      const service = this.services[this.services.length - 1];
      await service.stop().catch((e: unknown) => log(`${service.name}: ${String(e)}`));
      this.services.pop();
      this.pids?.record(this.services);
    }
  }
}

/** Stops the group once on SIGINT/SIGTERM, then exits; the returned stop(code) is the same single stop. */
export function stopOnSignals(services: ServiceGroup, log: (line: string) => void): (code: number) => Promise<void> {
  let stopping: Promise<void> | undefined;
  // npm forwards the signal its process group already got: the second one joins the first stop.
  const stop = (code: number) =>
    (stopping ??= (async () => {
      log('Stopping…');
      await services.stopAll((line) => console.error(line));
      process.exit(code);
    })());
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  return stop;
}
