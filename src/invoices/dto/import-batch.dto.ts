import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { ImportInvoiceDto } from './import-invoice.dto';

export const IMPORT_BATCH_MAX = 1000;

/** A page of a ledger imported from another system; re-sending the same page is a no-op. */
export class ImportBatchDto {
  @ApiProperty({ type: [ImportInvoiceDto], maxItems: IMPORT_BATCH_MAX })
  @IsArray()
  @ArrayMinSize(1, { message: 'must contain at least one invoice' })
  @ArrayMaxSize(IMPORT_BATCH_MAX, {
    message: `must contain at most ${IMPORT_BATCH_MAX} invoices: send the ledger in pages`,
  })
  @ValidateNested({ each: true })
  @Type(() => ImportInvoiceDto)
  invoices!: ImportInvoiceDto[];
}

export class ImportBatchResultDto {
  @ApiProperty({ description: 'Invoices in the request' })
  received!: number;

  @ApiProperty({ description: 'Invoices created by this request (the others were already imported)' })
  created!: number;

  @ApiProperty({ description: 'Workflows started by this request (the others were already running or done)' })
  workflowsStarted!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uuid' },
    description: 'externalNumber → invoice id, for every invoice of the request',
  })
  ids!: Record<string, string>;
}
