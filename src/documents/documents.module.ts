import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DocumentsService } from './documents.service';
import { PdfRenderer } from './pdf-renderer';

/** PrismaModule and ConfigModule are global; the renderer is a provider so tests can stand in for LibreOffice. */
@Module({
  providers: [
    DocumentsService,
    { provide: PdfRenderer, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new PdfRenderer({ templatesDir: config.TEMPLATES_DIR, sofficePath: config.SOFFICE_PATH }) },
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {}
