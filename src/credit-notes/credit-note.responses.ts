// What the credit-note routes answer: declared once, for OpenAPI and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { InvoiceDetailDto } from '../invoices/invoice.responses';

export class CreditNoteLineViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  creditNoteId!: string;

  @ApiProperty({ format: 'uuid' })
  invoiceLineId!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: 'integer', description: 'Thousandths' })
  quantityMilli!: number;

  @ApiProperty()
  quantity!: number;

  @ApiProperty({ type: String, nullable: true })
  unit!: string | null;

  @ApiProperty({ type: 'integer' })
  unitPriceCents!: number;

  @ApiProperty({ type: 'integer', description: 'Basis points' })
  vatRateBp!: number;

  @ApiProperty({ type: 'integer', description: 'Basis points' })
  discountBp!: number;

  @ApiProperty({ type: 'integer' })
  totalExclTaxCents!: number;
}

export class CreditNoteVatBucketDto {
  @ApiProperty({ type: 'integer' })
  vatRateBp!: number;

  @ApiProperty({ type: 'integer' })
  baseCents!: number;

  @ApiProperty({ type: 'integer' })
  taxCents!: number;
}

export class CreditNoteDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  companyId!: string;

  @ApiProperty({ format: 'uuid' })
  invoiceId!: string;

  @ApiProperty({ example: 'AV-2026-001' })
  number!: string;

  @ApiProperty({ type: 'integer' })
  sequence!: number;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  full!: boolean;

  @ApiProperty({ format: 'date-time' })
  issueDate!: string;

  @ApiProperty({ type: 'integer' })
  totalExclTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  totalTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  totalInclTaxCents!: number;

  @ApiProperty({ type: [CreditNoteVatBucketDto] })
  vatBreakdown!: unknown;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: [CreditNoteLineViewDto] })
  lines!: CreditNoteLineViewDto[];
}

/** The workflow's outcome of an issued credit note, with the invoice as it now stands. */
export class CreditNoteIssuedDto {
  @ApiProperty({ format: 'uuid' })
  creditNoteId!: string;

  @ApiProperty({ example: 'AV-2026-001' })
  number!: string;

  @ApiProperty({ type: 'integer' })
  totalInclTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  creditedCents!: number;

  @ApiProperty({ type: 'integer' })
  balanceCents!: number;

  @ApiProperty({ type: InvoiceDetailDto })
  invoice!: InvoiceDetailDto;
}
