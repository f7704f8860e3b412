// What the payment plan routes and the invoice detail answer about a plan: declared once, for OpenAPI and the UI.
import { ApiProperty } from '@nestjs/swagger';

export const INSTALLMENT_STATES = ['UPCOMING', 'PAID', 'PARTIALLY_PAID', 'LATE'] as const;
export type InstallmentStateCode = (typeof INSTALLMENT_STATES)[number];

export class InstallmentStateDto {
  @ApiProperty({ enum: INSTALLMENT_STATES })
  code!: InstallmentStateCode;

  @ApiProperty({ example: 'À venir', description: 'À venir · Payée · Partiellement payée · En retard' })
  label!: string;
}

export class InstallmentDto {
  @ApiProperty({ type: 'integer', example: 1 })
  position!: number;

  @ApiProperty({ format: 'date', example: '2026-12-15' })
  dueDate!: string;

  @ApiProperty({ type: 'integer' })
  amountCents!: number;

  @ApiProperty({
    type: 'integer',
    description: 'Allocated to it from the money received since the grant, in installment order',
  })
  paidCents!: number;

  @ApiProperty({ type: InstallmentStateDto })
  state!: InstallmentStateDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  remindedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  missedAt!: string | null;
}

export class PlanGranterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fullName!: string;
}

export class PaymentPlanDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['ACTIVE', 'COMPLETED', 'CANCELLED'] })
  status!: 'ACTIVE' | 'COMPLETED' | 'CANCELLED';

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: PlanGranterDto })
  grantedBy!: PlanGranterDto;

  @ApiProperty({ enum: ['RESUME_DUNNING', 'CANCEL_PLAN'], description: 'What a missed installment does' })
  onMissed!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  endReason!: string | null;

  @ApiProperty({ type: [InstallmentDto] })
  installments!: InstallmentDto[];
}
