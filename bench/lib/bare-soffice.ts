import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { PDFA3_FILTER_PARTS } from '../../src/documents/pdf-converter';
import { findSoffice } from '../../src/documents/soffice-binary';
import type { Progress } from './scenario';

const SCRIPT = path.join(__dirname, 'bare_soffice.py');

/**
 * The same-run limit for rendering: `processes` warm soffice driven directly over UNO (bare_soffice.py), each
 * converting its share of `documents` copies of the same .docx at once; documents per second over the slowest.
 */
export async function bareSofficeRate(
  docx: Buffer,
  documents: number,
  processes: number,
  python: string,
  progress: Progress,
): Promise<number> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-bench-bare-'));
  try {
    const input = path.join(dir, 'document.docx');
    await fs.writeFile(input, docx);
    const soffice = await findSoffice(undefined);
    const share = Math.ceil(documents / processes);
    const loops = await Promise.all(
      Array.from({ length: processes }, (_, i) =>
        startLoop(python, soffice, path.join(dir, `profile-${i}`), input, share, progress),
      ),
    );
    const results = await Promise.all(loops.map((loop) => loop.go()));
    return (share * processes) / Math.max(...results.map((r) => r.seconds));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function startLoop(
  python: string,
  soffice: string,
  profile: string,
  input: string,
  count: number,
  progress: Progress,
) {
  const child = spawn(
    python,
    [SCRIPT, soffice, profile, input, String(count), PDFA3_FILTER_PARTS.name, PDFA3_FILTER_PARTS.data],
    { detached: true, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = readline.createInterface({ input: child.stdout });
  let onResult: (result: { seconds: number }) => void = () => undefined;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`bare_soffice.py exited with ${code}`))),
  );
  const ready = new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line === 'ready') {
        resolve();
      } else if (line === 'converted') {
        progress.tick();
      } else {
        onResult(JSON.parse(line) as { seconds: number });
      }
    });
  });
  await Promise.race([ready, exited]);
  return {
    go: () => {
      const result = new Promise<{ seconds: number }>((resolve) => (onResult = resolve));
      child.stdin.write('go\n');
      return Promise.race([result, exited]);
    },
  };
}
