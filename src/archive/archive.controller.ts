import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTION_ROLES } from '../auth/action-roles';
import { ApiErrors } from '../common/api-responses';
import { ArchiveVerificationDto } from './archive.responses';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ArchiveService } from './archive.service';
import { ArchiveYearQuery } from './dto/archive-year.query';

@ApiTags('archive')
@ApiBearerAuth()
@Controller('archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get('verify')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({ type: ArchiveVerificationDto })
  @ApiErrors(403)
  @ApiOperation({
    summary:
      'Recomputes the document chain, the audit-trail chain and every stored file hash: { valid, documents, events, head, firstBreak? }',
  })
  verify(@CurrentUser() user: AuthUser): Promise<ArchiveVerificationDto> {
    return this.archive.verify(user);
  }

  @Get('export')
  @Roles(...ACTION_ROLES.accounting)
  @ApiOkResponse({
    description: 'The ZIP (attachment)',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400, 403)
  @ApiOperation({
    summary:
      "A ZIP of the year's documents, its FEC and its audit trail (CSV), with manifest.sha256 for `sha256sum -c`",
  })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: ArchiveYearQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.archive.export(user, query.year);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    return new StreamableFile(file.content);
  }
}
