import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { ApiErrors } from '../common/api-responses';
import { BankAccountsService } from './bank-accounts.service';
import { BankSettingsViewDto } from './bank.responses';
import { BankSettingsDto } from './dto/bank-accounts.dto';

@ApiTags('bank')
@ApiBearerAuth()
@Controller('settings/bank-accounts')
export class BankAccountsController {
  constructor(private readonly accounts: BankAccountsService) {}

  @Get()
  @Roles(...ACTION_ROLES.bankAccounts, ...ACTION_ROLES.bankStatements)
  @ApiOperation({
    summary:
      "The company's bank accounts (IBAN, BIC, CSV layout) and the confidence at which matches apply by themselves",
  })
  @ApiOkResponse({ type: BankSettingsViewDto })
  @ApiErrors(403)
  get(@CurrentUser() user: AuthUser) {
    return this.accounts.get(user);
  }

  @Put()
  @Roles(...ACTION_ROLES.bankAccounts)
  @ApiOperation({
    summary: 'Replace the bank accounts and the threshold; 400 naming each invalid IBAN or BIC (accounts.0.iban)',
  })
  @ApiOkResponse({ type: BankSettingsViewDto })
  @ApiErrors(400, 403, 413)
  update(@CurrentUser() user: AuthUser, @Body() body: BankSettingsDto, @Origin() origin: RequestOrigin) {
    return this.accounts.update(user, body, origin);
  }
}
