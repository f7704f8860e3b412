import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { ApiErrors } from '../common/api-responses';
import { ExportInvoicesQuery } from './dto/export-invoices.query';
import { InvoiceExportService } from './invoice-export.service';

// Listed before InvoicesController in the module: `/invoices/export` must not be read as `/invoices/:id`.
@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices/export')
export class InvoiceExportController {
  constructor(private readonly exporter: InvoiceExportService) {}

  @Get()
  @ApiOperation({
    summary:
      'The invoice list with the filters and sort of GET /invoices, as CSV or XLSX (attachment); 422 beyond INVOICE_EXPORT_MAX_ROWS matches',
  })
  @ApiOkResponse({
    description: 'The file, streamed',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiErrors(400, 422)
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: ExportInvoicesQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exporter.export(user, query);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    return new StreamableFile(file.content);
  }
}
