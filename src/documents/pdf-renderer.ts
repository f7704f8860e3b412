import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OnModuleDestroy } from '@nestjs/common';
import { createReport } from 'docx-templates';
import { TemplateError, UnprocessableDocumentError } from './documents.errors';
import { LibreOfficeConvertConverter, type LibreOfficeConvertOptions } from './libreoffice-convert.converter';
import type { PdfConverter } from './pdf-converter';

export type TemplateName = 'invoice' | 'receipt' | 'credit-note' | 'formal-notice';

export interface PdfRendererOptions extends LibreOfficeConvertOptions {
  /** Where invoice.docx, receipt.docx, credit-note.docx and formal-notice.docx live. */
  templatesDir: string;
  /** The driver chosen by createPdfConverter (pdf-converters.ts); without one, libreoffice-convert with the options above. */
  converter?: PdfConverter;
}

/** Fills a .docx template with docx-templates, then converts it to PDF/A with the configured driver. */
export class PdfRenderer implements OnModuleDestroy {
  readonly converter: PdfConverter;

  constructor(private readonly options: PdfRendererOptions) {
    this.converter = options.converter ?? new LibreOfficeConvertConverter(options);
  }

  async render(template: TemplateName, data: object): Promise<Buffer> {
    return this.convertToPdfA(await this.fillTemplate(template, data));
  }

  async fillTemplate(template: TemplateName, data: object): Promise<Buffer> {
    const file = path.resolve(this.options.templatesDir, `${template}.docx`);
    const source = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new UnprocessableDocumentError(
        `Template ${file} cannot be read (${error.code ?? error.message}); check TEMPLATES_DIR`,
      );
    });
    try {
      // Templates are the operator's own files, trusted like code (and node:vm is no security boundary): the sandbox
      // cost a new V8 context per +++ command, 40% of a fill's CPU.
      const report = await createReport({
        template: source,
        data,
        cmdDelimiter: ['+++', '+++'],
        rejectNullish: true,
        processLineBreaksAsNewText: true,
        noSandbox: true,
      });
      return Buffer.from(report);
    } catch (error: unknown) {
      // Usually a restyled template with a mistyped command; retryable, since fixing the file fixes the render.
      const detail = (Array.isArray(error) ? error : [error])
        .map((e) => (e instanceof Error ? e.message : String(e)))
        .join('; ');
      throw new TemplateError(`Template ${file} could not be filled: ${detail}`);
    }
  }

  convertToPdfA(docx: Buffer): Promise<Buffer> {
    return this.converter.convert(docx);
  }

  /** Nest calls this on app.close(): the warm soffice processes stop with the worker (or the API). */
  onModuleDestroy(): Promise<void> {
    return this.converter.stop();
  }
}
