import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsPositive, IsString, Length, Max, Min } from 'class-validator';
import { IsDecimal } from '../../common/decimal-places';
import { VAT_RATES_PERCENT } from '../../common/money';
import { MAX_AMOUNT_CENTS, MAX_QUANTITY } from '../../common/money-limits';
import { VatCategory } from '../../generated/prisma/enums';
import { VAT_EXEMPTION_CODES } from '../../einvoicing/vat-categories';

export class InvoiceLineDto {
  @ApiProperty({ example: 'Audit de la chaîne de facturation' })
  @IsString()
  @Length(1, 500)
  description!: string;

  @ApiProperty({ example: 2.5, maximum: MAX_QUANTITY, description: 'Up to 3 decimals' })
  @IsDecimal(3)
  @IsPositive()
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({ example: 'jour' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  unit?: string;

  @ApiProperty({
    example: 85000,
    minimum: 0,
    maximum: MAX_AMOUNT_CENTS,
    description: 'Unit price excl. VAT, integer cents',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_CENTS)
  unitPriceCents!: number;

  @ApiProperty({ example: 20, enum: VAT_RATES_PERCENT })
  @IsIn(VAT_RATES_PERCENT, { message: `must be one of the French VAT rates ${VAT_RATES_PERCENT.join(', ')}` })
  vatRate!: number;

  @ApiPropertyOptional({ example: 10, description: 'Discount in percent (0–100, 2 decimals)' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  discountPercent?: number;

  @ApiPropertyOptional({
    enum: VatCategory,
    description:
      'EN 16931 VAT category: S standard, Z zero-rated, E exempt, AE reverse charge; default S above 0 %, Z at 0 %',
  })
  @IsOptional()
  @IsIn(Object.values(VatCategory))
  vatCategory?: VatCategory;

  @ApiPropertyOptional({
    enum: VAT_EXEMPTION_CODES,
    example: 'VATEX-FR-FRANCHISE',
    description: 'Exemption reason of an E or AE line (its printed text follows)',
  })
  @IsOptional()
  @IsIn(VAT_EXEMPTION_CODES)
  vatExemptionCode?: string;
}
