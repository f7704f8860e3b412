import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertWithOptions } from 'libreoffice-convert';
import { ConcurrencyLimit } from './concurrency-limit';
import { RenderTimeoutError } from './documents.errors';
import { PDFA3_FILTER, type PdfConverter } from './pdf-converter';
import { findSoffice } from './soffice-binary';

export interface LibreOfficeConvertOptions {
  /** config.SOFFICE_PATH; when unset the usual install locations and PATH are searched. */
  sofficePath?: string;
  /** Concurrent LibreOffice conversions in this process (each one is a soffice process of ~150 MB). */
  concurrency?: number;
  timeoutMs?: number;
}

/** One cold soffice per document (libreoffice-convert): slow, but needs nothing but LibreOffice. */
export class LibreOfficeConvertConverter implements PdfConverter {
  readonly driver = 'libreoffice-convert';
  private readonly limit: ConcurrencyLimit;
  private readonly timeoutMs: number;
  private soffice?: Promise<string>;

  constructor(private readonly options: LibreOfficeConvertOptions = {}) {
    this.limit = new ConcurrencyLimit(options.concurrency ?? 2);
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  convert(docx: Buffer): Promise<Buffer> {
    return this.limit.run(() => this.convertOnce(docx));
  }

  async stop(): Promise<void> {
    // Nothing outlives a conversion.
  }

  private async convertOnce(docx: Buffer): Promise<Buffer> {
    const soffice = await this.sofficeBinary();
    // libreoffice-convert makes a fresh -env:UserInstallation dir per call (tmp.dirSync); rooting it in our own
    // directory lets a timeout find and kill exactly this conversion's processes.
    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-pdf-'));
    try {
      return await this.withTimeout(convert(docx, soffice, workDir), workDir);
    } finally {
      await fs.rm(workDir, { recursive: true, force: true });
    }
  }

  private async withTimeout(conversion: Promise<Buffer>, workDir: string): Promise<Buffer> {
    const timeoutError = () =>
      new RenderTimeoutError(`LibreOffice did not produce the PDF within ${this.timeoutMs} ms`);
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        void killProcessesMentioning(workDir).finally(() => reject(timeoutError()));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([conversion, timeout]);
    } catch (error) {
      // Once we kill soffice, the conversion fails first: report the cause, not the kill.
      throw timedOut ? timeoutError() : error;
    } finally {
      clearTimeout(timer);
    }
  }

  private sofficeBinary(): Promise<string> {
    this.soffice ??= findSoffice(this.options.sofficePath).catch((error: unknown) => {
      this.soffice = undefined;
      throw error;
    });
    return this.soffice;
  }
}

function convert(docx: Buffer, soffice: string, workDir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const options = { sofficeBinaryPaths: [soffice], tmpOptions: { tmpdir: workDir }, fileName: 'document.docx' };
    convertWithOptions(docx, 'pdf', PDFA3_FILTER, options, (error, pdf) => {
      if (error) {
        reject(new Error(`LibreOffice could not convert the document to PDF/A: ${error.message}`));
      } else {
        resolve(pdf);
      }
    });
  });
}

/** SIGKILLs the soffice processes (oosplash and soffice.bin) whose command line names our work dir (Linux /proc). */
async function killProcessesMentioning(marker: string): Promise<void> {
  const entries = await fs.readdir('/proc').catch(() => [] as string[]);
  for (const pid of entries.filter((e) => /^\d+$/.test(e))) {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes(marker)) {
      continue;
    }
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
