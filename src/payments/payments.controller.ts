import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @Roles('ADV', 'FINANCE_DIRECTOR', 'DIRECTOR')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Record a payment: partial → "Partiellement payée", full → "Payée" and the receipt is sent; overpayment → 422' })
  record(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordPaymentDto, @IdempotencyKey() key?: string) {
    return this.payments.record(user, id, body, key);
  }

  @Get()
  list(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.payments.list(user, id);
  }
}
