import { Body, Controller, Get, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTION_ROLES } from '../auth/action-roles';
import { ApiErrors } from '../common/api-responses';
import { AccountingSettingsResponseDto } from './accounting.responses';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { AccountingSettingsService } from './accounting-settings.service';
import { AccountingSettingsDto } from './dto/accounting-settings.dto';
import { FecQuery } from './dto/fec.query';
import { FecExportService } from './fec-export.service';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller()
export class AccountingController {
  constructor(
    private readonly fec: FecExportService,
    private readonly settings: AccountingSettingsService,
  ) {}

  @Get('exports/fec')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({ description: 'The FEC file (attachment)', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiErrors(400, 403)
  @ApiOperation({ summary: 'FEC (LPF A47 A-1) of an accounting year: sales journal and bank journal, `<SIREN>FEC<AAAAMMJJ>.txt`; a year with no activity gives the header only' })
  async exportFec(@CurrentUser() user: AuthUser, @Query() query: FecQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.fec.export(user, query.year, query.encoding);
    res.setHeader('Content-Type', `text/plain; charset=${file.encoding}`);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    return new StreamableFile(file.content);
  }

  @Get('settings/accounting')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({ type: AccountingSettingsResponseDto })
  @ApiErrors(403)
  @ApiOperation({ summary: 'Journal codes, account numbers and first month of the accounting year used by the exports' })
  accountingSettings(@CurrentUser() user: AuthUser): Promise<AccountingSettingsResponseDto> {
    return this.settings.get(user);
  }

  @Put('settings/accounting')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({ type: AccountingSettingsResponseDto })
  @ApiErrors(400, 403, 413)
  @ApiOperation({ summary: 'Replace the accounting settings; 400 naming each invalid field' })
  updateAccountingSettings(@CurrentUser() user: AuthUser, @Body() body: AccountingSettingsDto, @Origin() origin: RequestOrigin): Promise<AccountingSettingsResponseDto> {
    return this.settings.update(user, body, origin);
  }
}
