import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-responses';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { InvoiceWorkflowsService } from './invoice-workflows.service';
import { InvoicesService } from './invoices.service';

/** Where a 202 Accepted action points: its outcome once the invoice workflow has applied it. */
@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices/:id/updates')
export class InvoiceUpdatesController {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly workflows: InvoiceWorkflowsService,
  ) {}

  @Get(':updateId')
  @ApiOperation({
    summary:
      'Outcome of an action answered 202: 200 { status: COMPLETED, result }, 202 while pending, its refusal (403/409/422), 404 if unknown',
  })
  @ApiOkResponse({
    description: 'Applied',
    schema: {
      type: 'object',
      required: ['status', 'updateId'],
      properties: { status: { type: 'string', enum: ['COMPLETED'] }, updateId: { type: 'string' }, result: {} },
    },
  })
  @ApiResponse({ status: 202, description: 'Still pending: no worker has applied it yet (Retry-After)' })
  @ApiErrors(400, 403, 404, 409, 422)
  async outcome(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Param('updateId') updateId: string,
  ) {
    await this.invoices.findOwned(user, id);
    return { status: 'COMPLETED', updateId, result: await this.workflows.updateOutcome(id, updateId) };
  }
}
