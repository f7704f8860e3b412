import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvoiceDetailDto, InvoicePageDto } from './invoice.responses';
import { ApiErrors, ApiWorkflowAction } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../idempotency/idempotency-key';
import { CreateInvoiceDto } from './dto/create-invoice.dto';
import { ImportBatchDto, ImportBatchResultDto } from './dto/import-batch.dto';
import { ImportInvoiceDto } from './dto/import-invoice.dto';
import { ApproveDto, DisputeDto, PromiseDto, RejectDto, SendDto } from './dto/invoice-actions.dto';
import { ListInvoicesQuery } from './dto/list-invoices.query';
import { UpdateInvoiceDto } from './dto/update-invoice.dto';
import { InvoiceActionsService } from './invoice-actions.service';
import { InvoiceBulkImportService } from './invoice-bulk-import.service';
import { InvoiceImportService } from './invoice-import.service';
import { InvoicesService } from './invoices.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly actions: InvoiceActionsService,
    private readonly importer: InvoiceImportService,
    private readonly bulkImporter: InvoiceBulkImportService,
  ) {}

  @Post()
  @Roles(...ACTION_ROLES.createInvoice)
  @ApiOperation({ summary: 'Create a draft; totals and VAT per rate are computed' })
  @ApiCreatedResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 413, 422)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateInvoiceDto, @Origin() origin: RequestOrigin) {
    return this.invoices.create(user, body, origin);
  }

  @Post('import')
  @Roles(...ACTION_ROLES.importInvoice)
  @ApiOperation({
    summary:
      'Import an unpaid invoice from another system: keeps its number, skips approval, starts dunning (with catch-up)',
  })
  @ApiCreatedResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  import(@CurrentUser() user: AuthUser, @Body() body: ImportInvoiceDto, @Origin() origin: RequestOrigin) {
    return this.importer.import(user, body, origin);
  }

  @Post('import/batch')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.importInvoice)
  @ApiOkResponse({ type: ImportBatchResultDto })
  @ApiErrors(400, 403, 413, 422)
  @ApiOperation({
    summary:
      'Import a page of up to 1,000 unpaid invoices; their workflows run on the bulk task queue. Re-sending a page is a no-op; after a 503, re-send it',
  })
  importBatch(
    @CurrentUser() user: AuthUser,
    @Body() body: ImportBatchDto,
    @Origin() origin: RequestOrigin,
  ): Promise<ImportBatchResultDto> {
    return this.bulkImporter.importBatch(user, body, origin);
  }

  @Get()
  @ApiOperation({ summary: 'List invoices with filters and pagination ({ data, total, page, perPage })' })
  @ApiOkResponse({ type: InvoicePageDto })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: ListInvoicesQuery) {
    return this.invoices.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.invoices.get(user, id);
  }

  @Patch(':id')
  @Roles(...ACTION_ROLES.createInvoice)
  @ApiOperation({ summary: 'Edit a draft (or a rejected invoice); 409 once submitted' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateInvoiceDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.invoices.update(user, id, body, origin);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.createInvoice)
  @ApiOperation({ summary: "Start the invoice's workflow (or a new approval round after a rejection)" })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiWorkflowAction()
  @ApiErrors(400, 403, 404, 409, 413, 422)
  submit(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Origin() origin: RequestOrigin) {
    return this.actions.submit(user, id, origin);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: ApproveDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.approve(user, id, body.comment, key);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: RejectDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.reject(user, id, body.reason, key);
  }

  @Post(':id/send')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.sendInvoice)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({ summary: 'ADV sends the issued invoice now, or at scheduledAt' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: SendDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.send(user, id, body.scheduledAt, key);
  }

  @Post(':id/dispute')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.dispute)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({ summary: 'Pause dunning while the customer disputes the invoice' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  dispute(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: DisputeDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.dispute(user, id, body.reason, key);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.dispute)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({ summary: 'End the dispute: dunning resumes with the next step not yet done' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  resume(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @IdempotencyKey() key?: string) {
    return this.actions.resume(user, id, key);
  }

  @Post(':id/promise')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.dispute)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({ summary: 'Record a promise to pay: dunning pauses until that date' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  promise(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: PromiseDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.promise(user, id, body.date, key);
  }
}
