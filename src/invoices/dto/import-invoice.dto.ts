import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { MAX_AMOUNT_CENTS } from '../../common/money-limits';
import { CreateInvoiceDto } from './create-invoice.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An unpaid invoice issued by another system: it keeps its number and goes straight to dunning. */
export class ImportInvoiceDto extends PickType(CreateInvoiceDto, [
  'customerId',
  'lines',
  'operationCategory',
  'customerReference',
  'notes',
] as const) {
  @ApiProperty({ example: 'F2026-0412', description: 'The number the invoice carries in the previous system' })
  @IsString()
  @Length(1, 60)
  externalNumber!: string;

  @ApiProperty({ example: '2026-10-01' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  issueDate!: string;

  @ApiProperty({ example: '2026-10-31' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  dueDate!: string;

  @ApiPropertyOptional({
    example: 0,
    minimum: 0,
    maximum: MAX_AMOUNT_CENTS,
    description: 'Already received in the previous system, integer cents',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_CENTS)
  alreadyPaidCents?: number;
}
