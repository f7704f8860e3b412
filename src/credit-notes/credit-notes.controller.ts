import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreditNoteDto, CreditNoteIssuedDto } from './credit-note.responses';
import { ApiErrors, ApiWorkflowAction } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../idempotency/idempotency-key';
import { CreditNotesService } from './credit-notes.service';
import { IssueCreditNoteDto } from './dto/issue-credit-note.dto';

@ApiTags('credit-notes')
@ApiBearerAuth()
@Controller('invoices/:id/credit-notes')
export class CreditNotesController {
  constructor(private readonly creditNotes: CreditNotesService) {}

  @Post()
  @Roles(...ACTION_ROLES.creditNote)
  @ApiIdempotencyKey()
  @ApiWorkflowAction()
  @ApiOperation({ summary: 'Issue a full or partial credit note (AV-2026-001), never beyond what remains due (422)' })
  @ApiCreatedResponse({ type: CreditNoteIssuedDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  issue(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: IssueCreditNoteDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.creditNotes.issue(user, id, body, key);
  }

  @Get()
  @ApiOkResponse({ type: [CreditNoteDto] })
  @ApiErrors(400, 404)
  list(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.creditNotes.list(user, id);
  }
}
