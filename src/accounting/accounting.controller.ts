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
import { FecExportService, type FecFile } from './fec-export.service';
import { JournalQuery } from './dto/journal.query';
import { JournalExportService } from './journal-export.service';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller()
export class AccountingController {
  constructor(
    private readonly fec: FecExportService,
    private readonly journal: JournalExportService,
    private readonly settings: AccountingSettingsService,
  ) {}

  @Get('exports/fec')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({
    description: 'The FEC file (attachment)',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiErrors(400, 403)
  @ApiOperation({
    summary:
      'FEC (LPF A47 A-1) of an accounting year: sales journal and bank journal, `<SIREN>FEC<AAAAMMJJ>.txt`; a year with no activity gives the header only',
  })
  async exportFec(
    @CurrentUser() user: AuthUser,
    @Query() query: FecQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return attachment(res, await this.fec.export(user, query.year, query.encoding), 'text/plain');
  }

  @Get('exports/journal')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({
    description: 'The journal entries as CSV (attachment)',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors(400, 403)
  @ApiOperation({
    summary:
      "The FEC's entries in the import layout of Sage 100, Cegid or EBP, `<SIREN>-journal-<layout>-<year>.csv`; a year with no activity gives the header only",
  })
  async exportJournal(
    @CurrentUser() user: AuthUser,
    @Query() query: JournalQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return attachment(res, await this.journal.export(user, query.year, query.layout, query.encoding), 'text/csv');
  }

  @Get('settings/accounting')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({ type: AccountingSettingsResponseDto })
  @ApiErrors(403)
  @ApiOperation({
    summary: 'Journal codes, account numbers and first month of the accounting year used by the exports',
  })
  accountingSettings(@CurrentUser() user: AuthUser): Promise<AccountingSettingsResponseDto> {
    return this.settings.get(user);
  }

  @Put('settings/accounting')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({ type: AccountingSettingsResponseDto })
  @ApiErrors(400, 403, 413)
  @ApiOperation({ summary: 'Replace the accounting settings; 400 naming each invalid field' })
  updateAccountingSettings(
    @CurrentUser() user: AuthUser,
    @Body() body: AccountingSettingsDto,
    @Origin() origin: RequestOrigin,
  ): Promise<AccountingSettingsResponseDto> {
    return this.settings.update(user, body, origin);
  }
}

function attachment(res: Response, file: FecFile, type: string): StreamableFile {
  res.setHeader('Content-Type', `${type}; charset=${file.encoding}`);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  return new StreamableFile(file.content);
}
