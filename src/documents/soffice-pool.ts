import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfConverter } from './pdf-converter';
import { findSoffice } from './soffice-binary';
import { BridgeDiedError, UnoBridgeProcess } from './uno-bridge-process';

export interface SofficePoolOptions {
  /** Warm soffice processes (config.PDF_POOL_SIZE). */
  size: number;
  /** A python3 that can `import uno` (config.UNO_PYTHON). */
  python: string;
  sofficePath?: string;
  /** Per conversion (config.PDF_RENDER_TIMEOUT_MS); past it the process is replaced. */
  timeoutMs: number;
  /** Conversions after which a process is replaced (config.PDF_POOL_MAX_CONVERSIONS), bounding LibreOffice's leaks. */
  maxConversions: number;
  startTimeoutMs?: number;
  /** Where the pool's folder (profiles, documents in flight) is made; os.tmpdir() unless a test needs to find its processes. */
  workRoot?: string;
}

/** One place in the pool: its current process, replaced when it dies, hangs or wears out. */
class Slot {
  private current?: Promise<UnoBridgeProcess>;
  private generation = 0;
  private stopped = false;

  constructor(
    readonly index: number,
    private readonly launch: (profileDir: string) => Promise<UnoBridgeProcess>,
    private readonly workDir: string,
    private readonly maxConversions: number,
  ) {}

  /** Starts the process ahead of use; a start failure surfaces at the next ready(). */
  warm(): void {
    this.current ??= this.spawn();
  }

  async ready(): Promise<UnoBridgeProcess> {
    if (this.stopped) {
      throw new Error('The PDF pool stopped');
    }
    this.warm();
    const bridge = await this.current!.catch((error: unknown) => {
      this.current = undefined; // The next conversion tries a fresh start.
      throw error;
    });
    if (bridge.isAlive) {
      return bridge;
    }
    this.current = this.spawn();
    return this.current;
  }

  /** After each conversion: a dead or worn-out process is replaced now, so its successor warms up while idle. */
  recycleIfNeeded(bridge: UnoBridgeProcess): void {
    if (this.stopped || (bridge.isAlive && bridge.conversions < this.maxConversions)) {
      return;
    }
    void bridge.stop();
    this.current = this.spawn();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const bridge = await this.current?.catch(() => undefined);
    this.current = undefined;
    await bridge?.stop();
  }

  private spawn(): Promise<UnoBridgeProcess> {
    const profileDir = path.join(this.workDir, `profile-${this.index}-${this.generation++}`);
    const started = this.launch(profileDir);
    void started.then(
      (bridge) => void bridge.exited.then(() => fs.rm(profileDir, { recursive: true, force: true })),
      () => void fs.rm(profileDir, { recursive: true, force: true }),
    );
    return started;
  }
}

/** Warm soffice processes driven over UNO: started at the first render, each with its own profile, supervised. */
export class SofficePool implements PdfConverter {
  readonly driver = 'soffice-pool';
  private starting?: Promise<{ workDir: string; slots: Slot[] }>;
  private readonly free: Slot[] = [];
  private readonly waiting: Array<{ resolve(slot: Slot): void; reject(error: Error): void }> = [];
  private sequence = 0;
  private stopped = false;

  constructor(private readonly options: SofficePoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new Error(`PDF pool size must be a positive integer, got ${options.size}`);
    }
  }

  async convert(docx: Buffer): Promise<Buffer> {
    const { workDir } = await this.start();
    const name = path.join(workDir, `document-${++this.sequence}`);
    await fs.writeFile(`${name}.docx`, docx);
    try {
      await this.convertFile(`${name}.docx`, `${name}.pdf`);
      return await fs.readFile(`${name}.pdf`);
    } finally {
      await Promise.all([fs.rm(`${name}.docx`, { force: true }), fs.rm(`${name}.pdf`, { force: true })]);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const started = await this.starting?.catch(() => undefined);
    for (const waiter of this.waiting.splice(0)) {
      waiter.reject(new Error('The PDF pool stopped'));
    }
    if (!started) {
      return;
    }
    await Promise.all(started.slots.map((slot) => slot.stop()));
    await fs.rm(started.workDir, { recursive: true, force: true });
  }

  private async convertFile(input: string, output: string): Promise<void> {
    try {
      await this.onSomeProcess((bridge) => bridge.convert(input, output, this.options.timeoutMs));
    } catch (error) {
      if (!(error instanceof BridgeDiedError) || this.stopped) {
        throw error;
      }
      // Its process died under it (crash, kill): once more, on the next free process.
      await this.onSomeProcess((bridge) => bridge.convert(input, output, this.options.timeoutMs));
    }
  }

  private async onSomeProcess(task: (bridge: UnoBridgeProcess) => Promise<void>): Promise<void> {
    const slot = await this.acquire();
    try {
      const bridge = await slot.ready();
      try {
        await task(bridge);
      } finally {
        slot.recycleIfNeeded(bridge);
      }
    } finally {
      this.release(slot);
    }
  }

  private start(): Promise<{ workDir: string; slots: Slot[] }> {
    if (this.stopped) {
      return Promise.reject(new Error('The PDF pool is stopped'));
    }
    this.starting ??= this.createSlots();
    return this.starting;
  }

  private async createSlots(): Promise<{ workDir: string; slots: Slot[] }> {
    const soffice = await findSoffice(this.options.sofficePath);
    const workDir = await fs.mkdtemp(path.join(this.options.workRoot ?? os.tmpdir(), 'acquitte-soffice-pool-'));
    const launch = (profileDir: string) =>
      UnoBridgeProcess.start({
        python: this.options.python,
        soffice,
        profileDir,
        startTimeoutMs: this.options.startTimeoutMs ?? 60_000,
      });
    const slots = Array.from(
      { length: this.options.size },
      (_, index) => new Slot(index, launch, workDir, this.options.maxConversions),
    );
    for (const slot of slots) {
      slot.warm();
    }
    this.free.push(...slots);
    return { workDir, slots };
  }

  private acquire(): Promise<Slot> {
    const slot = this.free.shift();
    if (slot) {
      return Promise.resolve(slot);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) {
      next.resolve(slot);
    } else {
      this.free.push(slot);
    }
  }
}
