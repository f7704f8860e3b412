import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyIdentityDto, DunningSettingsViewDto } from './settings.responses';
import { ApiErrors } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { DunningSettingsService } from './dunning-settings.service';
import { ApprovalCircuitDto } from './dto/approval-circuit.dto';
import { DunningSettingsDto } from './dto/dunning-settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@ApiBearerAuth()
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly settings: SettingsService,
    private readonly dunning: DunningSettingsService,
  ) {}

  @Get('approval-circuit')
  @ApiOperation({
    summary: 'The approval circuit: levels (role, threshold), sending mode, reminder and escalation delays',
  })
  @ApiOkResponse({ type: ApprovalCircuitDto })
  @ApiErrors()
  approvalCircuit(@CurrentUser() user: AuthUser) {
    return this.settings.approvalCircuit(user);
  }

  @Put('approval-circuit')
  @Roles(...ACTION_ROLES.settings)
  @ApiOperation({ summary: 'Replace the approval circuit; applies to invoices submitted afterwards' })
  @ApiOkResponse({ type: ApprovalCircuitDto })
  @ApiErrors(400, 403, 413, 422)
  updateApprovalCircuit(
    @CurrentUser() user: AuthUser,
    @Body() body: ApprovalCircuitDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.settings.updateApprovalCircuit(user, body, origin);
  }

  @Get('dunning')
  @ApiOperation({
    summary:
      'Dunning calendar, profile → policy mapping, late-payment rates, and the public holidays of the next 12 months',
  })
  @ApiOkResponse({ type: DunningSettingsViewDto })
  @ApiErrors()
  dunningSettings(@CurrentUser() user: AuthUser) {
    return this.dunning.get(user);
  }

  @Put('dunning')
  @Roles(...ACTION_ROLES.settings)
  @ApiOperation({
    summary: 'Replace the dunning settings; 400 naming each invalid field (profilePolicies.VIP, windowEnd…)',
  })
  @ApiOkResponse({ type: DunningSettingsViewDto })
  @ApiErrors(400, 403, 413, 422)
  updateDunningSettings(
    @CurrentUser() user: AuthUser,
    @Body() body: DunningSettingsDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.dunning.update(user, body, origin);
  }

  @Get('company')
  @ApiOperation({ summary: "The seller's legal identity as printed on invoices (read-only)" })
  @ApiOkResponse({ type: CompanyIdentityDto })
  @ApiErrors()
  company(@CurrentUser() user: AuthUser) {
    return this.settings.companyIdentity(user);
  }
}
