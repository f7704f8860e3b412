import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiWorkflowAction } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../idempotency/idempotency-key';
import { InvoiceDetailDto } from '../invoices/invoice.responses';
import { CancelPaymentPlanQuery, GrantPaymentPlanDto } from './dto/payment-plan.dto';
import { PaymentPlanSettingsDto } from './dto/payment-plan-settings.dto';
import { PaymentPlansService } from './payment-plans.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('payment plans')
@ApiBearerAuth()
@Controller()
export class PaymentPlansController {
  constructor(private readonly plans: PaymentPlansService) {}

  @Post('invoices/:id/payment-plan')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.paymentPlan)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({
    summary:
      'Grant a payment plan (échéancier): the policy dunning pauses, each installment is reminded and watched; 409 if one is active',
  })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  grant(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: GrantPaymentPlanDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.plans.grant(user, id, body, key);
  }

  @Delete('invoices/:id/payment-plan')
  @Roles(...ACTION_ROLES.paymentPlan)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({
    summary: 'Cancel the active payment plan: the policy dunning resumes (catch-up rule); 409 if none is active',
  })
  @ApiOkResponse({ type: InvoiceDetailDto })
  @ApiErrors(400, 403, 404, 409, 422)
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Query() query: CancelPaymentPlanQuery,
    @IdempotencyKey() key?: string,
  ) {
    return this.plans.cancel(user, id, query.reason, key);
  }

  @Get('settings/payment-plans')
  @Roles(...ACTION_ROLES.settings)
  @ApiOperation({
    summary: 'Payment plan rules: reminder and missed-installment delays, what a missed installment does, ADV maximum',
  })
  @ApiOkResponse({ type: PaymentPlanSettingsDto })
  @ApiErrors(403)
  settings(@CurrentUser() user: AuthUser) {
    return this.plans.settings(user);
  }

  @Put('settings/payment-plans')
  @Roles(...ACTION_ROLES.settings)
  @ApiOkResponse({ type: PaymentPlanSettingsDto })
  @ApiErrors(400, 403, 413)
  updateSettings(@CurrentUser() user: AuthUser, @Body() body: PaymentPlanSettingsDto, @Origin() origin: RequestOrigin) {
    return this.plans.updateSettings(user, body, origin);
  }
}
