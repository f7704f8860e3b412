import { Logger, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DocumentsService } from './documents.service';
import { createPdfConverter } from './pdf-converters';
import { PdfRenderer } from './pdf-renderer';

const pdfRenderer = (config: AppConfig) => {
  const logger = new Logger('Documents');
  return new PdfRenderer({
    templatesDir: config.TEMPLATES_DIR,
    converter: createPdfConverter(config, (line) => logger.warn(line)),
  });
};

/** PrismaModule and ConfigModule are global; the renderer is a provider so tests can stand in for LibreOffice. */
@Module({
  providers: [DocumentsService, { provide: PdfRenderer, inject: [APP_CONFIG], useFactory: pdfRenderer }],
  exports: [DocumentsService],
})
export class DocumentsModule {}
