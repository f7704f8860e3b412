import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { CreditNotesService } from './credit-notes.service';
import { IssueCreditNoteDto } from './dto/issue-credit-note.dto';

@ApiTags('credit-notes')
@ApiBearerAuth()
@Controller('invoices/:id/credit-notes')
export class CreditNotesController {
  constructor(private readonly creditNotes: CreditNotesService) {}

  @Post()
  @Roles('ADV', 'FINANCE_DIRECTOR', 'DIRECTOR')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Issue a full or partial credit note (AV-2026-001), never beyond what remains due (422)' })
  issue(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: IssueCreditNoteDto, @Headers('idempotency-key') key?: string) {
    return this.creditNotes.issue(user, id, body, key);
  }

  @Get()
  list(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.creditNotes.list(user, id);
  }
}
