import { Controller, Get, Header, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { InvoiceRecordsService } from './invoice-records.service';

const uuid = new ParseUUIDPipe();

@ApiTags('invoices')
@ApiBearerAuth()
@Controller()
export class InvoiceRecordsController {
  constructor(private readonly records: InvoiceRecordsService) {}

  @Get('invoices/:id/documents')
  @ApiOperation({ summary: 'Archived documents (invoice, receipt, credit notes, formal notice) with their sha256' })
  documents(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.documentsOf(user, id);
  }

  @Get('documents/:documentId/download')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Download an archived PDF (its sha256 is checked first: a tampered file is refused)' })
  async download(@CurrentUser() user: AuthUser, @Param('documentId', uuid) documentId: string, @Res({ passthrough: true }) res: Response) {
    const { document, content } = await this.records.download(user, documentId);
    res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${document.fileName}"`, 'X-Content-SHA256': document.sha256 });
    return new StreamableFile(content);
  }

  @Get('invoices/:id/preview.pdf')
  @ApiProduces('application/pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({ summary: 'The invoice as a PDF now (a draft carries a "PROJET" mark); not archived' })
  async preview(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return new StreamableFile(await this.records.preview(user, id));
  }

  @Get('invoices/:id/messages')
  @ApiOperation({ summary: 'Every email, SMS, letter and notification about the invoice, with provider ids' })
  messages(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.messagesOf(user, id);
  }

  @Get('invoices/:id/history')
  @ApiOperation({ summary: 'The timeline: approvals, numbering, documents, messages, payments, credit notes, with actors and times' })
  history(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.historyOf(user, id);
  }

  @Get('invoices/:id/schedule')
  @ApiOperation({ summary: 'The dunning schedule: each step of the chosen policy version, planned instant and state (done, skipped, cancelled, pending) with why' })
  schedule(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.scheduleOf(user, id);
  }
}
