// What the payment routes answer: declared once, for OpenAPI and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { PaymentMethod } from '../generated/prisma/enums';
import { InvoiceDetailDto } from '../invoices/invoice.responses';

export class PaymentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  invoiceId!: string;

  @ApiProperty({ type: 'integer' })
  amountCents!: number;

  @ApiProperty({ format: 'date-time' })
  paidAt!: string;

  @ApiProperty({ enum: PaymentMethod })
  method!: PaymentMethod;

  @ApiProperty({ type: String, nullable: true })
  reference!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recordedById!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** The workflow's outcome of a recorded payment, with the invoice as it now stands. */
export class PaymentRecordedDto {
  @ApiProperty({ format: 'uuid' })
  paymentId!: string;

  @ApiProperty({ type: 'integer' })
  paidCents!: number;

  @ApiProperty({ type: 'integer' })
  balanceCents!: number;

  @ApiProperty({ type: InvoiceDetailDto })
  invoice!: InvoiceDetailDto;
}
