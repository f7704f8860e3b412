import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfaPart, pdfText } from '../../test/support/pdf';
import { invoiceDocumentData } from './document-data';
import { RenderTimeoutError } from './documents.errors';
import { createPdfConverter } from './pdf-converters';
import { PdfRenderer } from './pdf-renderer';
import { sampleInvoice } from '../../test/fixtures/sample-documents';
import { SofficePool, type SofficePoolOptions } from './soffice-pool';

// Real LibreOffice driven over UNO by our bridge (Debian's python3-uno): each test gets its own folder, so the
// soffice.bin processes it looks for are its own, whatever else runs on the machine.

const templatesDir = path.resolve(__dirname, '../../templates');
const python = '/usr/bin/python3';
let workRoot: string;
let pool: SofficePool | undefined;
let docx: Buffer;

beforeAll(async () => {
  docx = await new PdfRenderer({ templatesDir }).fillTemplate('invoice', invoiceDocumentData(sampleInvoice()));
});

beforeEach(async () => {
  workRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-pool-spec-'));
});

afterEach(async () => {
  await pool?.stop();
  pool = undefined;
  await fs.rm(workRoot, { recursive: true, force: true });
});

const newPool = (options: Partial<SofficePoolOptions> = {}) => {
  pool = new SofficePool({ size: 1, python, timeoutMs: 30_000, maxConversions: 100, workRoot, ...options });
  return pool;
};

/** soffice.bin processes under `marker`, keyed by their profile folder (profile-<slot>-<generation>). */
async function sofficeProcesses(marker = workRoot): Promise<Map<string, number>> {
  const pids = (await fs.readdir('/proc')).filter((e) => /^\d+$/.test(e));
  const found = new Map<string, number>();
  for (const pid of pids) {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const profile = /profile-\d+-\d+/.exec(cmdline)?.[0];
    if (cmdline.includes('soffice.bin') && cmdline.includes(marker) && profile) {
      found.set(profile, Number(pid));
    }
  }
  return found;
}

async function waitFor<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const profiles = async () => [...(await sofficeProcesses()).keys()].sort();

describe('SofficePool on the real LibreOffice', () => {
  it('starts lazily, then renders PDF/A-3 documents with the same filter as libreoffice-convert', async () => {
    const renderer = new PdfRenderer({ templatesDir, converter: newPool({ size: 2 }) });
    expect(await profiles()).toEqual([]);
    const pdfs = await Promise.all(
      [1, 2, 3].map(() => renderer.render('invoice', invoiceDocumentData(sampleInvoice()))),
    );
    for (const pdf of pdfs) {
      expect(pdfaPart(pdf)).toBe('3');
    }
    expect(await pdfText(pdfs[0])).toContain('FACT-2026-001');
    expect(await profiles()).toEqual(['profile-0-0', 'profile-1-0']);
  });

  it('replaces a killed soffice and retries its in-flight conversion once on another process', async () => {
    const converter = newPool({ size: 2 });
    await converter.convert(docx); // on slot 0, then slot 1: the next one goes to slot 0 again
    await converter.convert(docx);
    const first = (await sofficeProcesses()).get('profile-0-0')!;
    process.kill(first, 'SIGSTOP'); // Holds slot 0's conversion in flight until the kill.
    const conversion = converter.convert(docx);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(first, 'SIGKILL');
    expect(pdfaPart(await conversion)).toBe('3');
    // A fresh profile makes soffice.bin restart itself once (LibreOffice's first-start restart): wait for the settled set.
    await waitFor(
      async () => ((await profiles()).join() === 'profile-0-1,profile-1-0' ? true : undefined),
      'exactly the replacement of slot 0 (profile-0-1) and slot 1 (profile-1-0)',
    );
  });

  it('replaces a process after its maximum number of conversions', async () => {
    const converter = newPool({ maxConversions: 2 });
    await converter.convert(docx);
    const before = (await sofficeProcesses()).get('profile-0-0');
    await converter.convert(docx);
    expect(pdfaPart(await converter.convert(docx))).toBe('3');
    const after = await sofficeProcesses();
    expect(after.has('profile-0-0')).toBe(false);
    expect(after.get('profile-0-1')).not.toBe(before);
  });

  it('kills a soffice that hangs past the render timeout, then renders on its replacement', async () => {
    const converter = newPool({ timeoutMs: 3_000 });
    await converter.convert(docx);
    const hung = (await sofficeProcesses()).get('profile-0-0')!;
    process.kill(hung, 'SIGSTOP');
    const started = Date.now();
    await expect(converter.convert(docx)).rejects.toThrow(RenderTimeoutError);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(pdfaPart(await converter.convert(docx))).toBe('3');
    expect(await profiles()).toEqual(['profile-0-1']);
  });

  it('leaves no soffice behind once stopped', async () => {
    const converter = newPool({ size: 2 });
    await converter.convert(docx);
    expect((await profiles()).length).toBe(2);
    await converter.stop();
    expect(await profiles()).toEqual([]);
    await expect(converter.convert(docx)).rejects.toThrow(/stopped/);
  });

  it('leaves no soffice behind when its worker process is killed outright', async () => {
    const script = `
      const { SofficePool } = require(${JSON.stringify(path.join(__dirname, 'soffice-pool'))});
      const pool = new SofficePool({ size: 1, python: ${JSON.stringify(python)}, timeoutMs: 30000, maxConversions: 100, workRoot: ${JSON.stringify(workRoot)} });
      pool.convert(require('node:fs').readFileSync(process.argv[1])).then(() => console.log('converted'));`;
    const input = path.join(workRoot, 'input.docx');
    await fs.writeFile(input, docx);
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, input], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('converted') && resolve()),
    );
    expect((await profiles()).length).toBe(1);
    child.kill('SIGKILL');
    await waitFor(async () => ((await profiles()).length === 0 ? true : undefined), 'the orphaned soffice to exit');
  });
});

describe('createPdfConverter', () => {
  const config = {
    PDF_RENDERER: 'pool',
    PDF_POOL_SIZE: 1,
    PDF_POOL_MAX_CONVERSIONS: 100,
    PDF_RENDER_TIMEOUT_MS: 30_000,
    UNO_PYTHON: python,
    SOFFICE_PATH: undefined,
  } as const;

  it('picks the warm pool when python3-uno is there', async () => {
    const warnings: string[] = [];
    const converter = createPdfConverter(config, (line) => warnings.push(line));
    expect(converter.driver).toBe('soffice-pool');
    expect(warnings).toEqual([]);
    await converter.stop();
  });

  it('falls back to libreoffice-convert with one warning when the pool cannot start, and still renders PDF/A', async () => {
    const warnings: string[] = [];
    const converter = createPdfConverter({ ...config, UNO_PYTHON: '/nonexistent/python3' }, (line) =>
      warnings.push(line),
    );
    expect(converter.driver).toBe('libreoffice-convert');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /PDF pool unavailable \(\/nonexistent\/python3 cannot run.*apt-get install -y python3-uno/,
    );
    expect(pdfaPart(await converter.convert(docx))).toBe('3');
  });

  it('uses libreoffice-convert without a warning when configured so', () => {
    const warnings: string[] = [];
    expect(
      createPdfConverter({ ...config, PDF_RENDERER: 'libreoffice-convert' }, (line) => warnings.push(line)).driver,
    ).toBe('libreoffice-convert');
    expect(warnings).toEqual([]);
  });
});
