import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { CustomerProfile } from '../../generated/prisma/enums';
import { compactIdentifier } from '../french-identifiers';
import { IsFrenchVatNumber, IsSiren, IsSiret } from './identifier-validators';

const compact = ({ value }: { value: unknown }) => compactIdentifier(value);
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class CreateCustomerDto {
  @ApiProperty({ example: 'Boulangeries Rhône Alpes' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'SAS' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 50)
  legalForm?: string;

  @ApiPropertyOptional({ default: true, description: 'A business customer must have a SIREN' })
  @IsOptional()
  @IsBoolean()
  isBusiness?: boolean;

  @ApiPropertyOptional({ example: '552100554', description: '9 digits, Luhn checked; required for a business' })
  @IsOptional()
  @Transform(compact)
  @IsSiren()
  siren?: string;

  @ApiPropertyOptional({ example: '55210055400021', description: '14 digits, Luhn checked, starting with the SIREN' })
  @IsOptional()
  @Transform(compact)
  @IsSiret()
  siret?: string;

  @ApiPropertyOptional({ example: 'FR96552100554', description: 'FR + key + SIREN' })
  @IsOptional()
  @Transform(compact)
  @IsFrenchVatNumber()
  vatNumber?: string;

  @ApiProperty({ example: '11 avenue des Clients' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  addressLine1!: string;

  @ApiPropertyOptional({ example: 'Bâtiment B' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  addressLine2?: string;

  @ApiProperty({ example: '69100', description: '5 digits in France' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 20)
  postalCode!: string;

  @ApiProperty({ example: 'Villeurbanne' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  city!: string;

  @ApiPropertyOptional({ example: 'FR', default: 'FR', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(upper)
  @IsISO31661Alpha2({ message: '$property must be an ISO 3166-1 alpha-2 country code (FR, BE…)' })
  country?: string;

  @ApiProperty({ example: 'compta@boulangeries-ra.fr' })
  @Transform(trimmed)
  @IsEmail()
  billingEmail!: string;

  @ApiPropertyOptional({ example: '+33 4 78 00 00 01' })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^\+?\d[\d .()-]{5,24}$/, { message: '$property must be a phone number (digits, spaces, dots, dashes)' })
  phone?: string;

  @ApiPropertyOptional({ example: 'Pierre Garnier' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  decisionMakerName?: string;

  @ApiPropertyOptional({ example: 'direction@boulangeries-ra.fr' })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail()
  decisionMakerEmail?: string;

  @ApiPropertyOptional({ example: '+33612345678', description: 'E.164, receives the dunning SMS' })
  @IsOptional()
  @Transform(compact)
  @Matches(/^\+[1-9]\d{7,14}$/, { message: '$property must be a mobile number in E.164 format (+33612345678)' })
  decisionMakerMobile?: string;

  @ApiPropertyOptional({
    enum: CustomerProfile,
    default: CustomerProfile.NEW,
    description: 'Setting it needs MANAGER, FINANCE_DIRECTOR, DIRECTOR or ADMIN',
  })
  @IsOptional()
  @IsEnum(CustomerProfile)
  profile?: CustomerProfile;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Explicit dunning policy (else the company's profile mapping); same roles as profile",
  })
  @IsOptional()
  @IsUUID()
  dunningPolicyId?: string;

  @ApiPropertyOptional({ example: 30, description: 'At most 60 days (L441-10); default: the company terms' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  paymentTermsDays?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The account owner (sales rep), an active user of the company' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  notes?: string;
}
