// What the invoice routes answer: declared once, used by the mappers (invoice-view.ts), the OpenAPI document and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { CustomerProfile, InvoicePhase, OperationCategory, Role, VatCategory } from '../generated/prisma/enums';
import type { InvoiceStatusCode } from '../../workflows/invoice-status';
import { STATUS_CODES } from './dto/list-invoices.query';
import { PageMetaDto } from '../common/api-responses';
import { PaymentPlanDto } from '../payment-plans/payment-plan.responses';

export class UserRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fullName!: string;
}

export class InvoiceCustomerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: CustomerProfile })
  profile!: CustomerProfile;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ownerId!: string | null;
}

export class InvoiceStatusDto {
  @ApiProperty({ enum: STATUS_CODES })
  code!: InvoiceStatusCode;

  @ApiProperty({ example: 'En retard de 3 jours' })
  label!: string;
}

export class ApprovalStateDto {
  @ApiProperty({ type: 'integer' })
  round!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  level!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  levelsTotal!: number | null;

  @ApiProperty({ enum: Role, nullable: true })
  pendingRole!: Role | null;
}

export class InvoiceSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'FACT-2026-001',
    description: 'Legal number, or the external number of an imported invoice',
  })
  number!: string | null;

  @ApiProperty({ type: String, nullable: true })
  externalNumber!: string | null;

  @ApiProperty()
  imported!: boolean;

  @ApiProperty({ type: String, nullable: true })
  series!: string | null;

  @ApiProperty({ type: InvoiceCustomerDto })
  customer!: InvoiceCustomerDto;

  @ApiProperty({ type: UserRefDto })
  createdBy!: UserRefDto;

  @ApiProperty({ type: 'integer' })
  totalExclTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  totalTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  totalInclTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  paidCents!: number;

  @ApiProperty({ type: 'integer' })
  creditedCents!: number;

  @ApiProperty({ type: 'integer' })
  balanceCents!: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  issueDate!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;

  @ApiProperty({ type: InvoiceStatusDto })
  status!: InvoiceStatusDto;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Days past the due date while LATE' })
  daysLate!: number | null;

  @ApiProperty({ enum: InvoicePhase })
  phase!: InvoicePhase;

  @ApiProperty({ type: ApprovalStateDto, nullable: true })
  approval!: ApprovalStateDto | null;

  @ApiProperty()
  disputed!: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  promisedPaymentDate!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  scheduledSendAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  dunningStage!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'invoice-…' })
  workflowId!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class InvoicePageDto extends PageMetaDto {
  @ApiProperty({ type: [InvoiceSummaryDto] })
  data!: InvoiceSummaryDto[];
}

export class InvoiceLineViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  position!: number;

  @ApiProperty()
  description!: string;

  @ApiProperty({ description: 'Up to 3 decimals' })
  quantity!: number;

  @ApiProperty({ type: String, nullable: true })
  unit!: string | null;

  @ApiProperty({ type: 'integer' })
  unitPriceCents!: number;

  @ApiProperty({ example: 20 })
  vatRate!: number;

  @ApiProperty()
  discountPercent!: number;

  @ApiProperty({ type: 'integer' })
  totalExclTaxCents!: number;

  @ApiProperty({ enum: VatCategory, nullable: true, description: 'Null: S above 0 %, Z at 0 %' })
  vatCategory!: VatCategory | null;

  @ApiProperty({ type: String, nullable: true, example: 'VATEX-FR-FRANCHISE' })
  vatExemptionCode!: string | null;
}

export class DeliveryAddressViewDto {
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty()
  addressLine1!: string;

  @ApiProperty({ type: String, nullable: true })
  addressLine2!: string | null;

  @ApiProperty()
  postalCode!: string;

  @ApiProperty()
  city!: string;

  @ApiProperty({ type: String, nullable: true, description: "Null: the customer's country" })
  country!: string | null;
}

export class VatBucketViewDto {
  @ApiProperty({ example: 20 })
  vatRate!: number;

  @ApiProperty({ type: 'integer' })
  baseCents!: number;

  @ApiProperty({ type: 'integer' })
  taxCents!: number;
}

export class InvoiceTotalsDto {
  @ApiProperty({ type: 'integer' })
  totalExclTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  totalTaxCents!: number;

  @ApiProperty({ type: 'integer' })
  totalInclTaxCents!: number;

  @ApiProperty({ type: [VatBucketViewDto] })
  vatBreakdown!: VatBucketViewDto[];
}

export class ApprovalDecisionDto {
  @ApiProperty({ type: 'integer' })
  round!: number;

  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty({ enum: Role })
  role!: Role;

  @ApiProperty({ enum: ['APPROVED', 'REJECTED'] })
  outcome!: 'APPROVED' | 'REJECTED';

  @ApiProperty({ format: 'uuid' })
  actorId!: string;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;
}

export class PolicyRefDto {
  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class NextActionDto {
  @ApiProperty({ example: 'SEND' })
  code!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ required: false, description: 'Who should act' })
  role?: string;

  @ApiProperty({ required: false, description: 'When (date or date-time)' })
  at?: string;
}

export class InvoiceDetailDto extends InvoiceSummaryDto {
  @ApiProperty({ enum: OperationCategory })
  operationCategory!: OperationCategory;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  saleDate!: string | null;

  @ApiProperty({ type: 'integer' })
  paymentTermsDays!: number;

  @ApiProperty({ type: String, nullable: true })
  customerReference!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Internal note: never printed nor sent' })
  notes!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Printed on the invoice and sent in its Factur-X XML' })
  customerNote!: string | null;

  @ApiProperty({ type: DeliveryAddressViewDto, nullable: true })
  deliveryAddress!: DeliveryAddressViewDto | null;

  @ApiProperty({ type: [InvoiceLineViewDto] })
  lines!: InvoiceLineViewDto[];

  @ApiProperty({ type: InvoiceTotalsDto })
  totals!: InvoiceTotalsDto;

  @ApiProperty({ type: [ApprovalDecisionDto] })
  approvals!: ApprovalDecisionDto[];

  @ApiProperty({ type: String, nullable: true })
  rejectionReason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  disputeReason!: string | null;

  @ApiProperty({ type: PolicyRefDto, nullable: true })
  dunningPolicy!: PolicyRefDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'The workflow in the Temporal Web UI' })
  temporalUrl!: string | null;

  @ApiProperty({ type: NextActionDto, nullable: true })
  nextAction!: NextActionDto | null;

  @ApiProperty({
    type: PaymentPlanDto,
    nullable: true,
    required: false,
    description: 'The latest payment plan (échéancier), active or ended',
  })
  paymentPlan?: PaymentPlanDto | null;
}
