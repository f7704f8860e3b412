import path from 'node:path';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { invoiceDocumentData } from '../../src/documents/document-data';
import { createPdfConverter } from '../../src/documents/pdf-converters';
import { PdfRenderer } from '../../src/documents/pdf-renderer';
import { sampleInvoice } from '../../test/fixtures/sample-documents';
import type { Progress } from './scenario';

export const TEMPLATES_DIR = path.resolve(__dirname, '../../templates');

/** The renderer settings the worker would boot with here (rendering reads no database; the URL only satisfies the schema). */
export function rendererConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, DATABASE_URL: 'postgresql://unused.invalid/none', ...env });
}

/** The worker's renderer (the pool where python3-uno is installed), and the filled sample invoice both sides convert. */
export async function benchRenderer(
  config: AppConfig,
  warn: (line: string) => void,
): Promise<{ renderer: PdfRenderer; docx: Buffer; data: object }> {
  const renderer = new PdfRenderer({ templatesDir: TEMPLATES_DIR, converter: createPdfConverter(config, warn) });
  const data = invoiceDocumentData(sampleInvoice());
  return { renderer, docx: await renderer.fillTemplate('invoice', data), data };
}

/** Documents per second for `total` calls of `task`, `concurrency` in flight at a time. */
export async function rate(
  total: number,
  concurrency: number,
  task: () => Promise<unknown>,
  progress: Progress,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  const lane = async () => {
    while (next < total) {
      next += 1;
      await task();
      progress.tick();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  progress.done();
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
}
