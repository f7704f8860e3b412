import { constants as fsConstants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createReport } from 'docx-templates';
import { convertWithOptions } from 'libreoffice-convert';
import { ConcurrencyLimit } from './concurrency-limit';
import { RenderTimeoutError, SofficeNotFoundError, TemplateError, UnprocessableDocumentError } from './documents.errors';

export type TemplateName = 'invoice' | 'receipt' | 'credit-note' | 'formal-notice';

export interface PdfRendererOptions {
  /** Where invoice.docx, receipt.docx, credit-note.docx and formal-notice.docx live. */
  templatesDir: string;
  /** config.SOFFICE_PATH; when unset the usual install locations and PATH are searched. */
  sofficePath?: string;
  /** Concurrent LibreOffice conversions in this process (each one is a soffice process of ~150 MB). */
  concurrency?: number;
  timeoutMs?: number;
}

export const SOFFICE_INSTALL_HINT =
  'Install LibreOffice: sudo apt-get install -y libreoffice-writer-nogui fonts-dejavu fonts-liberation (Debian/Ubuntu), ' +
  'or set SOFFICE_PATH to the soffice binary.';

/** LibreOffice's PDF export with SelectPdfVersion 3 = PDF/A-3b (the archival profile Factur-X builds on). */
export const PDFA3_FILTER = 'writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"3"}}';

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

async function isExecutable(file: string): Promise<boolean> {
  return fs.access(file, fsConstants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Fills a .docx template with docx-templates, then converts it to PDF/A with LibreOffice, a bounded number at a time. */
export class PdfRenderer {
  private readonly limit: ConcurrencyLimit;
  private readonly timeoutMs: number;
  private soffice?: Promise<string>;

  constructor(private readonly options: PdfRendererOptions) {
    this.limit = new ConcurrencyLimit(options.concurrency ?? 2);
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async render(template: TemplateName, data: object): Promise<Buffer> {
    const docx = await this.fillTemplate(template, data);
    return this.limit.run(() => this.convertToPdfA(docx));
  }

  async fillTemplate(template: TemplateName, data: object): Promise<Buffer> {
    const file = path.resolve(this.options.templatesDir, `${template}.docx`);
    const source = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new UnprocessableDocumentError(`Template ${file} cannot be read (${error.code ?? error.message}); check TEMPLATES_DIR`);
    });
    try {
      const report = await createReport({ template: source, data, cmdDelimiter: ['+++', '+++'], rejectNullish: true, processLineBreaksAsNewText: true });
      return Buffer.from(report);
    } catch (error: unknown) {
      // Usually a restyled template with a mistyped command; retryable, since fixing the file fixes the render.
      const detail = (Array.isArray(error) ? error : [error]).map((e) => (e instanceof Error ? e.message : String(e))).join('; ');
      throw new TemplateError(`Template ${file} could not be filled: ${detail}`);
    }
  }

  async convertToPdfA(docx: Buffer): Promise<Buffer> {
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
    const timeoutError = () => new RenderTimeoutError(`LibreOffice did not produce the PDF within ${this.timeoutMs} ms`);
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

async function findSoffice(configured: string | undefined): Promise<string> {
  if (configured) {
    if (await isExecutable(configured)) return configured;
    throw new SofficeNotFoundError(`SOFFICE_PATH=${configured} is not an executable LibreOffice binary. ${SOFFICE_INSTALL_HINT}`);
  }
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => [path.join(dir, 'soffice'), path.join(dir, 'libreoffice')]);
  for (const candidate of [...SOFFICE_CANDIDATES, ...onPath]) {
    if (await isExecutable(candidate)) return candidate;
  }
  throw new SofficeNotFoundError(`LibreOffice (soffice) was not found, so PDFs cannot be rendered. ${SOFFICE_INSTALL_HINT}`);
}

function convert(docx: Buffer, soffice: string, workDir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const options = { sofficeBinaryPaths: [soffice], tmpOptions: { tmpdir: workDir }, fileName: 'document.docx' };
    convertWithOptions(docx, 'pdf', PDFA3_FILTER, options, (error, pdf) => {
      if (error) reject(new Error(`LibreOffice could not convert the document to PDF/A: ${error.message}`));
      else resolve(pdf);
    });
  });
}

/** SIGKILLs the soffice processes (oosplash and soffice.bin) whose command line names our work dir (Linux /proc). */
async function killProcessesMentioning(marker: string): Promise<void> {
  const entries = await fs.readdir('/proc').catch(() => [] as string[]);
  for (const pid of entries.filter((e) => /^\d+$/.test(e))) {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes(marker)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
