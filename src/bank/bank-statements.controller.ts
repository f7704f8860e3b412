import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiErrors } from '../common/api-responses';
import { BankRepository } from './bank.repository';
import {
  BankLineDto,
  BankLinePageDto,
  BankStatementDto,
  StatementImportDto,
  UploadStatementDto,
} from './bank.responses';
import { ApplyBankLineDto, ReasonDto } from './dto/bank-line-actions.dto';
import { BankLineQuery } from './dto/bank-line-query.dto';
import { ReconciliationService } from './reconciliation.service';
import { StatementImportService, type UploadedStatement } from './statement-import.service';

/** A statement of 10 MB is accepted; above, multer answers 413 before anything is parsed. */
export const STATEMENT_MAX_BYTES = 10 * 1024 * 1024;

@ApiTags('bank')
@ApiBearerAuth()
@Roles(...ACTION_ROLES.bankStatements)
@Controller()
export class BankStatementsController {
  constructor(
    private readonly imports: StatementImportService,
    private readonly reconciliation: ReconciliationService,
    private readonly bank: BankRepository,
  ) {}

  @Post('bank-statements')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: STATEMENT_MAX_BYTES, files: 1, fields: 5 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadStatementDto })
  @ApiOperation({
    summary:
      'Import a CAMT.053, OFX or CSV statement: each line stored once, credits matched (RF reference, invoice number, amount + payer); 202: the automatic matches are recorded in the background',
  })
  @HttpCode(202)
  @ApiAcceptedResponse({ type: StatementImportDto })
  @ApiErrors(400, 403, 413, 422)
  upload(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: UploadedStatement | undefined,
    @Body() body: Record<string, unknown>,
  ) {
    return this.imports.import(
      user,
      file,
      typeof body?.account === 'string' && body.account ? body.account : undefined,
    );
  }

  @Get('bank-statements')
  @ApiOperation({ summary: 'The last 50 imported statements, with the progress of their automatic matches' })
  @ApiOkResponse({ type: [BankStatementDto] })
  @ApiErrors(403)
  async statements(@CurrentUser() user: AuthUser): Promise<BankStatementDto[]> {
    const rows = await this.bank.statements(user.companyId);
    const progress = await this.bank.statementProgress(rows.map((s) => s.id));
    return rows.map((s) => ({
      id: s.id,
      format: s.format,
      fileName: s.fileName,
      account: s.account.label,
      lineCount: s.lineCount,
      newCount: s.newCount,
      duplicateCount: s.duplicateCount,
      applyingCount: progress.get(s.id)?.APPLYING ?? 0,
      matchedCount: progress.get(s.id)?.MATCHED ?? 0,
      createdAt: s.createdAt.toISOString(),
    }));
  }

  @Get('bank-lines')
  @ApiOperation({ summary: 'Bank lines, e.g. ?status=TO_MATCH for the "À rapprocher" queue, with their suggestions' })
  @ApiOkResponse({ type: BankLinePageDto })
  @ApiErrors(400, 403)
  lines(@CurrentUser() user: AuthUser, @Query() query: BankLineQuery) {
    return this.reconciliation.list(user, { status: query.status, statementId: query.statementId }, query);
  }

  @Get('bank-lines/:id')
  @ApiOkResponse({ type: BankLineDto })
  @ApiErrors(400, 403, 404)
  line(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.reconciliation.get(user, id);
  }

  @Post('bank-lines/:id/apply')
  @ApiOperation({
    summary:
      'Apply a line to one or more invoices (accepted suggestion, searched invoice, split); the surplus becomes a customer credit',
  })
  @ApiCreatedResponse({ type: BankLineDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  apply(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ApplyBankLineDto) {
    return this.reconciliation.apply(user, id, body);
  }

  @Post('bank-lines/:id/ignore')
  @ApiOperation({ summary: 'Mark a line as not a customer payment' })
  @ApiCreatedResponse({ type: BankLineDto })
  @ApiErrors(400, 403, 404, 409, 413)
  ignore(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReasonDto) {
    return this.reconciliation.ignore(user, id, body.reason);
  }

  @Post('bank-matches/:id/undo')
  @ApiOperation({
    summary: "Undo a wrongly applied match: the payment is cancelled in the invoice's workflow and dunning resumes",
  })
  @ApiCreatedResponse({ type: BankLineDto })
  @ApiErrors(400, 403, 404, 409, 413)
  undo(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReasonDto) {
    return this.reconciliation.undo(user, id, body.reason);
  }
}
