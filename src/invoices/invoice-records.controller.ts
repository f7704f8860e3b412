import { Controller, Get, Header, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DocumentViewDto, DunningScheduleDto, MessageViewDto, TimelineEntryDto } from './invoice-records.responses';
import { ApiErrors } from '../common/api-responses';
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
  @ApiOkResponse({ type: [DocumentViewDto] })
  @ApiErrors(400, 404)
  documents(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.documentsOf(user, id);
  }

  @Get('documents/:documentId/download')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Download an archived PDF (its sha256 is checked first: a tampered file is refused)' })
  @ApiOkResponse({
    description: 'The archived PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400, 404, 409)
  async download(
    @CurrentUser() user: AuthUser,
    @Param('documentId', uuid) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { document, content } = await this.records.download(user, documentId);
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${document.fileName}"`,
      'X-Content-SHA256': document.sha256,
    });
    return new StreamableFile(content);
  }

  @Get('invoices/:id/preview.pdf')
  @ApiProduces('application/pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({ summary: 'The invoice as a PDF now (a draft carries a "PROJET" mark); not archived' })
  @ApiOkResponse({
    description: 'The invoice as a PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400, 404)
  async preview(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return new StreamableFile(await this.records.preview(user, id));
  }

  @Get('invoices/:id/messages')
  @ApiOperation({ summary: 'Every email, SMS, letter and notification about the invoice, with provider ids' })
  @ApiOkResponse({ type: [MessageViewDto] })
  @ApiErrors(400, 404)
  messages(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.messagesOf(user, id);
  }

  @Get('invoices/:id/history')
  @ApiOperation({
    summary: 'The timeline: approvals, numbering, documents, messages, payments, credit notes, with actors and times',
  })
  @ApiOkResponse({ type: [TimelineEntryDto] })
  @ApiErrors(400, 404)
  history(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.historyOf(user, id);
  }

  @Get('invoices/:id/schedule')
  @ApiOperation({
    summary:
      'The dunning schedule: each step of the chosen policy version, planned instant and state (done, skipped, cancelled, pending) with why',
  })
  @ApiOkResponse({ type: DunningScheduleDto })
  @ApiErrors(400, 404)
  schedule(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.records.scheduleOf(user, id);
  }
}
