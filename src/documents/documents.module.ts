import { Module } from '@nestjs/common';
import { DocumentsService } from './documents.service';

/** PrismaModule and ConfigModule are global, so DocumentsService's dependencies need no import here. */
@Module({ providers: [DocumentsService], exports: [DocumentsService] })
export class DocumentsModule {}
