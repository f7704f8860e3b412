// What the settings routes answer: declared once, used by settings-views.ts, the OpenAPI document and the UI.
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { DunningSettingsDto } from './dto/dunning-settings.dto';

export class PublicHolidayDto {
  @ApiProperty({ format: 'date' })
  date!: string;

  @ApiProperty({ example: 'Noël' })
  name!: string;
}

/** The dunning calendar as saved, with the rates in force and (read-only) the French public holidays of the coming year. */
export class DunningSettingsViewDto extends OmitType(DunningSettingsDto, [
  'latePenaltyRateBp',
  'ecbRateBp',
  'holidays',
] as const) {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Contractual late-penalty rate (bp); null = legal default',
  })
  latePenaltyRateBp!: number | null;

  @ApiProperty({ type: 'integer', description: 'ECB refinancing rate (bp)' })
  ecbRateBp!: number;

  @ApiProperty({ type: [PublicHolidayDto], readOnly: true })
  holidays!: PublicHolidayDto[];
}

/** The seller's legal identity as printed on invoices (mandatory mentions). */
export class CompanyIdentityDto {
  @ApiProperty()
  legalName!: string;

  @ApiProperty({ type: String, nullable: true })
  tradeName!: string | null;

  @ApiProperty()
  legalForm!: string;

  @ApiProperty({ type: 'integer' })
  shareCapitalCents!: number;

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
  siren!: string;

  @ApiProperty()
  siret!: string;

  @ApiProperty()
  rcsCity!: string;

  @ApiProperty()
  vatNumber!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  website!: string | null;

  @ApiProperty()
  iban!: string;

  @ApiProperty()
  bic!: string;

  @ApiProperty({ type: String, nullable: true })
  bankName!: string | null;

  @ApiProperty()
  invoicePrefix!: string;

  @ApiProperty()
  creditNotePrefix!: string;

  @ApiProperty({ type: 'integer' })
  defaultPaymentTermsDays!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  latePenaltyRateBp!: number | null;

  @ApiProperty({ type: 'integer' })
  ecbRateBp!: number;

  @ApiProperty()
  earlyPaymentDiscount!: string;
}
