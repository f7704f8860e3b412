import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { RenderTimeoutError } from './documents.errors';
import { PDFA3_FILTER_PARTS } from './pdf-converter';

/** Our UNO bridge: one Python process (Debian's python3-uno) in front of one soffice; copied to dist/ by nest-cli.json. */
export const UNO_BRIDGE_SCRIPT = path.join(__dirname, 'uno_bridge.py');

/** The process died under a conversion (crash, OOM kill…): the conversion may succeed on another one. */
export class BridgeDiedError extends Error {
  override name = 'BridgeDied';
}

export interface BridgeLaunch {
  python: string;
  soffice: string;
  profileDir: string;
  startTimeoutMs: number;
}

interface Pending {
  id: number;
  resolve(): void;
  reject(error: Error): void;
}

type BridgeMessage = { ready: true; pid: number } | { id: number; ok: boolean; error?: string };

/** One warm soffice behind uno_bridge.py, talking JSON lines; it converts one document at a time. */
export class UnoBridgeProcess {
  conversions = 0;
  readonly exited: Promise<void>;
  private alive = true;
  private nextId = 1;
  private pending?: Pending;
  private stderrTail = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly profileDir: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    void this.exited.then(() => this.onExit());
    child.stderr!.on('data', (chunk: Buffer) => (this.stderrTail = (this.stderrTail + chunk.toString()).slice(-2_000)));
  }

  /** Spawns the bridge in its own process group (so one kill takes soffice with it) and waits until soffice answers. */
  static start(launch: BridgeLaunch): Promise<UnoBridgeProcess> {
    const args = [
      UNO_BRIDGE_SCRIPT,
      '--soffice',
      launch.soffice,
      '--profile',
      launch.profileDir,
      '--filter',
      PDFA3_FILTER_PARTS.name,
      '--filter-data',
      PDFA3_FILTER_PARTS.data,
    ];
    const child = spawn(launch.python, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const bridge = new UnoBridgeProcess(child, launch.profileDir);
    return bridge.untilReady(launch.startTimeoutMs);
  }

  get isAlive(): boolean {
    return this.alive;
  }

  /** Converts input (.docx) to output (PDF/A); past timeoutMs the process is killed and RenderTimeoutError thrown. */
  convert(input: string, output: string, timeoutMs: number): Promise<void> {
    if (!this.alive) {
      return Promise.reject(new BridgeDiedError('The LibreOffice process had already exited'));
    }
    if (this.pending) {
      return Promise.reject(new Error('A LibreOffice process converts one document at a time'));
    }
    const id = this.nextId++;
    this.conversions += 1;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.kill();
        reject(new RenderTimeoutError(`LibreOffice did not produce the PDF within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (done: () => void) => {
        clearTimeout(timer);
        this.pending = undefined;
        done();
      };
      this.pending = { id, resolve: () => settle(resolve), reject: (error) => settle(() => reject(error)) };
      this.child.stdin!.write(`${JSON.stringify({ id, input, output })}\n`);
    });
  }

  /** SIGKILLs the whole process group: the bridge, oosplash and soffice.bin. */
  kill(): void {
    this.alive = false;
    try {
      process.kill(-this.child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }

  async stop(): Promise<void> {
    this.kill();
    await this.exited;
  }

  private untilReady(timeoutMs: number): Promise<UnoBridgeProcess> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new Error(`LibreOffice (UNO bridge) did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(
          new Error(`LibreOffice (UNO bridge) exited before it was ready: ${this.stderrTail.trim() || 'no message'}`),
        );
      });
      this.child.stdin!.on('error', () => undefined); // EPIPE after a crash: the exit handler reports it.
      readline.createInterface({ input: this.child.stdout! }).on('line', (line) => {
        const message = JSON.parse(line) as BridgeMessage;
        if ('ready' in message) {
          clearTimeout(timer);
          resolve(this);
        } else {
          this.onReply(message);
        }
      });
    });
  }

  private onReply(reply: { id: number; ok: boolean; error?: string }): void {
    if (this.pending?.id !== reply.id) {
      return;
    } // The answer to a conversion that already timed out.
    if (reply.ok) {
      this.pending.resolve();
    } else {
      this.pending.reject(
        new Error(`LibreOffice could not convert the document to PDF/A: ${reply.error ?? 'unknown error'}`),
      );
    }
  }

  private onExit(): void {
    this.alive = false;
    this.pending?.reject(
      new BridgeDiedError(
        `LibreOffice exited during the conversion${this.stderrTail ? `: ${this.stderrTail.trim()}` : ''}`,
      ),
    );
  }
}
