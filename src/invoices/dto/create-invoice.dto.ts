import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OperationCategory } from '../../generated/prisma/enums';
import { InvoiceLineDto } from './invoice-line.dto';
import { MAX_AMOUNT_LABEL } from '../../common/money-limits';
import { LinesTotalWithinMax } from './lines-total.validator';
import { DeliveryAddressDto } from './delivery-address.dto';

export class CreateInvoiceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ type: [InvoiceLineDto], description: `At most ${MAX_AMOUNT_LABEL} incl. VAT in total` })
  @IsArray()
  @ArrayMinSize(1, { message: 'must contain at least one line' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InvoiceLineDto)
  @LinesTotalWithinMax()
  lines!: InvoiceLineDto[];

  @ApiPropertyOptional({ enum: OperationCategory, default: OperationCategory.SERVICES })
  @IsOptional()
  @IsEnum(OperationCategory)
  operationCategory?: OperationCategory;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'Date of the sale or service (defaults to today)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  saleDate?: string;

  @ApiPropertyOptional({
    example: 30,
    description: "Defaults to the customer's, then the company's terms; at most 60 days (L441-10)",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  paymentTermsDays?: number;

  @ApiPropertyOptional({ example: 'CONSEIL', description: 'Activity series: FACT-CONSEIL-2026-001' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{1,20}$/, { message: 'must be 1–20 capital letters or digits' })
  series?: string;

  @ApiPropertyOptional({ example: 'BC-2026-118', description: "The customer's purchase order reference" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  customerReference?: string;

  @ApiPropertyOptional({ description: 'Internal note: never printed nor sent to the customer' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  notes?: string;

  @ApiPropertyOptional({
    example: 'Livraison effectuée sur place.',
    description: 'Printed on the invoice and sent in its Factur-X XML',
  })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  customerNote?: string;

  @ApiPropertyOptional({ type: DeliveryAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryAddressDto)
  deliveryAddress?: DeliveryAddressDto;
}
