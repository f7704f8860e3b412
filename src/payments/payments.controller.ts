import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaymentDto, PaymentRecordedDto } from './payment.responses';
import { ApiErrors, ApiWorkflowAction } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../idempotency/idempotency-key';
import { RecordPaymentDto } from './dto/record-payment.dto';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@ApiBearerAuth()
@Controller('invoices/:id/payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post()
  @Roles(...ACTION_ROLES.recordPayment)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({
    summary:
      'Record a payment: partial → "Partiellement payée", full → "Payée" and the receipt is sent; overpayment → 422',
  })
  @ApiCreatedResponse({ type: PaymentRecordedDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  record(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordPaymentDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.payments.record(user, id, body, key);
  }

  @Get()
  @ApiOkResponse({ type: [PaymentDto] })
  @ApiErrors(400, 404)
  list(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.payments.list(user, id);
  }
}
