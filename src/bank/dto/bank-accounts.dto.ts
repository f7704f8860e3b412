import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** Header names of a CSV layout other than the French default (Date;Libellé;Débit;Crédit). */
export class CsvMappingDto {
  @ApiProperty({ example: ';' }) @IsIn([';', ',', '\t', '|']) delimiter!: string;
  @ApiProperty({ example: 'Date opération' }) @IsString() @Length(1, 60) date!: string;
  @ApiProperty({ example: 'Libellé' }) @IsString() @Length(1, 60) label!: string;
  @ApiPropertyOptional({ example: 'Débit' }) @IsOptional() @IsString() @Length(1, 60) debit?: string;
  @ApiPropertyOptional({ example: 'Crédit' }) @IsOptional() @IsString() @Length(1, 60) credit?: string;
  @ApiPropertyOptional({ example: 'Montant', description: 'One signed column instead of debit + credit' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  amount?: string;
  @ApiProperty({ enum: ['DD/MM/YYYY', 'YYYY-MM-DD', 'MM/DD/YYYY'] })
  @IsIn(['DD/MM/YYYY', 'YYYY-MM-DD', 'MM/DD/YYYY'])
  dateFormat!: 'DD/MM/YYYY' | 'YYYY-MM-DD' | 'MM/DD/YYYY';
  @ApiProperty({ enum: [',', '.'] }) @IsIn([',', '.']) decimal!: ',' | '.';
}

// IBAN and BIC are checked by ibantools in the service (clear French messages per field).
export class BankAccountDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Absent for a new account' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'Compte courant Crédit Agricole' })
  @IsString()
  @Length(1, 80)
  label!: string;

  @ApiProperty({ example: 'FR76 3000 6000 0112 3456 7890 189' })
  @IsString()
  @Length(1, 50)
  iban!: string;

  @ApiProperty({ example: 'AGRIFRPP' })
  @IsString()
  @Length(1, 20)
  bic!: string;

  @ApiPropertyOptional({ type: CsvMappingDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CsvMappingDto)
  csvMapping?: CsvMappingDto | null;
}

export class BankSettingsDto {
  @ApiProperty({ type: [BankAccountDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BankAccountDto)
  accounts!: BankAccountDto[];

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    example: 90,
    description: 'Confidence at or above which a match is applied without a human',
  })
  @IsInt()
  @Min(1)
  @Max(100)
  autoMatchThreshold!: number;
}
