// What the bank routes answer: declared once, for OpenAPI and the UI.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BankAccountDto, BankSettingsDto } from './dto/bank-accounts.dto';

export class BankAccountViewDto extends BankAccountDto {
  @ApiProperty({ format: 'uuid' })
  declare id: string;
}

export class BankSettingsViewDto extends BankSettingsDto {
  @ApiProperty({ type: [BankAccountViewDto] })
  declare accounts: BankAccountViewDto[];
}

export class StatementImportDto {
  @ApiProperty({ format: 'uuid' }) statementId!: string;
  @ApiProperty({ enum: ['CAMT053', 'OFX', 'CSV'] }) format!: 'CAMT053' | 'OFX' | 'CSV';
  @ApiProperty() account!: string;
  @ApiProperty({ type: 'integer', description: 'Lines in the file' }) lines!: number;
  @ApiProperty({ type: 'integer', description: 'Lines never seen before, now stored' }) new!: number;
  @ApiProperty({ type: 'integer', description: 'Lines already stored by an earlier import' }) duplicates!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'New credit lines matched automatically: APPLYING until the background loop has recorded their payments (GET /bank-statements shows the progress)',
  })
  matchedAutomatically!: number;
  @ApiProperty({ type: 'integer', description: 'New credit lines waiting in "À rapprocher"' }) toMatch!: number;
  @ApiProperty({ type: 'integer', description: 'New debit lines (never matched)' }) debits!: number;
}

export class AllocationDto {
  @ApiProperty({ format: 'uuid' }) invoiceId!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ type: 'integer' }) amountCents!: number;
}

export class SuggestionDto {
  @ApiProperty({ type: [AllocationDto] }) allocations!: AllocationDto[];
  @ApiProperty({ type: 'integer' }) surplusCents!: number;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 'Référence structurée FACT-2026-001' }) reason!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) confidence!: number;
}

export class BankMatchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) invoiceId!: string;
  @ApiProperty({ type: String, nullable: true }) invoiceNumber!: string | null;
  @ApiProperty({ type: 'integer' }) amountCents!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: 'integer' }) confidence!: number;
  @ApiProperty() automatic!: boolean;
  @ApiProperty({ enum: ['APPLIED', 'UNDONE'] }) state!: 'APPLIED' | 'UNDONE';
  @ApiProperty({ type: String, nullable: true }) undoReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class BankLineDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) statementId!: string;
  @ApiProperty({ format: 'date' }) bookingDate!: string;
  @ApiProperty({ type: 'integer', description: 'Positive: money in' }) amountCents!: number;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) remittanceInfo!: string | null;
  @ApiProperty({ type: String, nullable: true }) creditorReference!: string | null;
  @ApiProperty({ type: String, nullable: true }) payerName!: string | null;
  @ApiProperty({ type: String, nullable: true }) payerIban!: string | null;
  @ApiProperty({ enum: ['TO_MATCH', 'APPLYING', 'MATCHED', 'IGNORED', 'DEBIT'] }) status!:
    'TO_MATCH' | 'APPLYING' | 'MATCHED' | 'IGNORED' | 'DEBIT';
  @ApiProperty({ type: [SuggestionDto] }) suggestions!: SuggestionDto[];
  @ApiProperty({ type: [BankMatchDto] }) matches!: BankMatchDto[];
  @ApiProperty({ type: 'integer', description: 'Surplus kept as customer credit' }) creditCents!: number;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class BankLinePageDto {
  @ApiProperty({ type: [BankLineDto] }) data!: BankLineDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class BankStatementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['CAMT053', 'OFX', 'CSV'] }) format!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() account!: string;
  @ApiProperty({ type: 'integer' }) lineCount!: number;
  @ApiProperty({ type: 'integer' }) newCount!: number;
  @ApiProperty({ type: 'integer' }) duplicateCount!: number;
  @ApiProperty({ type: 'integer', description: 'Lines whose automatic match is still being recorded' })
  applyingCount!: number;
  @ApiProperty({ type: 'integer', description: 'Lines matched, their payments recorded' }) matchedCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UploadStatementDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CAMT.053 (.xml), OFX (.ofx) or CSV, at most 10 MB' })
  file!: unknown;

  @ApiPropertyOptional({ description: 'IBAN of the account (required for CSV, which names none)' })
  account?: string;
}
