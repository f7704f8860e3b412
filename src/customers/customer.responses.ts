// What the customer routes answer: declared once, used by the mappers (customer-view.ts), the OpenAPI document and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { CustomerProfile, PaymentMethod } from '../generated/prisma/enums';
import { PageMetaDto } from '../common/api-responses';
import { InvoiceSummaryDto, UserRefDto } from '../invoices/invoice.responses';

export class CustomerBadgeDto {
  @ApiProperty({ enum: ['FREQUENT_LATE_PAYMENTS'] })
  code!: 'FREQUENT_LATE_PAYMENTS';

  @ApiProperty({ example: 'Retards fréquents' })
  label!: string;
}

/** The customer's own fields, with the same names as the create/edit body. */
export class CustomerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  legalForm!: string | null;

  @ApiProperty()
  isBusiness!: boolean;

  @ApiProperty({ type: String, nullable: true })
  siren!: string | null;

  @ApiProperty({ type: String, nullable: true })
  siret!: string | null;

  @ApiProperty({ type: String, nullable: true })
  vatNumber!: string | null;

  @ApiProperty()
  addressLine1!: string;

  @ApiProperty({ type: String, nullable: true })
  addressLine2!: string | null;

  @ApiProperty()
  postalCode!: string;

  @ApiProperty()
  city!: string;

  @ApiProperty()
  country!: string;

  @ApiProperty()
  billingEmail!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionMakerName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionMakerEmail!: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionMakerMobile!: string | null;

  @ApiProperty({ enum: CustomerProfile })
  profile!: CustomerProfile;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  dunningPolicyId!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  paymentTermsDays!: number | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ownerId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;

  @ApiProperty({ type: UserRefDto, nullable: true })
  owner!: UserRefDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CustomerListRowDto extends CustomerDto {
  @ApiProperty({ type: 'integer' })
  outstandingCents!: number;

  @ApiProperty({ type: 'integer' })
  overdueCents!: number;

  @ApiProperty({ type: 'integer' })
  openInvoices!: number;

  @ApiProperty({ type: [CustomerBadgeDto] })
  badges!: CustomerBadgeDto[];
}

export class CustomerPageDto extends PageMetaDto {
  @ApiProperty({ type: [CustomerListRowDto] })
  data!: CustomerListRowDto[];
}

export class CustomerPaymentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  invoiceId!: string;

  @ApiProperty({ type: String, nullable: true })
  invoiceNumber!: string | null;

  @ApiProperty({ type: 'integer' })
  amountCents!: number;

  @ApiProperty({ format: 'date-time' })
  paidAt!: string;

  @ApiProperty({ enum: PaymentMethod })
  method!: PaymentMethod;

  @ApiProperty({ type: String, nullable: true })
  reference!: string | null;
}

export class LateHistoryDto {
  @ApiProperty({ type: 'integer' })
  paidLate!: number;

  @ApiProperty({ type: 'integer' })
  currentlyLate!: number;

  @ApiProperty({ type: 'integer' })
  total!: number;
}

export class EffectivePolicyDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({
    enum: ['EXPLICIT', 'PROFILE'],
    description: "EXPLICIT: chosen on the customer; PROFILE: the company's mapping for its profile",
  })
  source!: 'EXPLICIT' | 'PROFILE';
}

export class CustomerSummaryDto {
  @ApiProperty({ type: 'integer' })
  openInvoices!: number;

  @ApiProperty({ type: 'integer' })
  outstandingCents!: number;

  @ApiProperty({ type: 'integer' })
  overdueCents!: number;

  @ApiProperty({ type: 'integer' })
  overdueCount!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  oldestOverdueDays!: number | null;

  @ApiProperty({ type: [InvoiceSummaryDto] })
  invoices!: InvoiceSummaryDto[];

  @ApiProperty({ type: [CustomerPaymentDto] })
  payments!: CustomerPaymentDto[];

  @ApiProperty({ type: LateHistoryDto })
  lateHistory!: LateHistoryDto;

  @ApiProperty({ type: [CustomerBadgeDto] })
  badges!: CustomerBadgeDto[];

  @ApiProperty({ type: EffectivePolicyDto, nullable: true })
  dunningPolicy!: EffectivePolicyDto | null;

  @ApiProperty({
    type: 'integer',
    description: 'Transfers received above the balances they paid, kept as credit (bank reconciliation)',
  })
  creditCents!: number;
}

/** The customer card: its fields, badges and account summary (open invoices, last payments, effective policy). */
export class CustomerCardDto extends CustomerDto {
  @ApiProperty({ type: [CustomerBadgeDto] })
  badges!: CustomerBadgeDto[];

  @ApiProperty({ type: CustomerSummaryDto })
  summary!: CustomerSummaryDto;
}
