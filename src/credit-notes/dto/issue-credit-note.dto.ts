import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Max,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDecimal } from '../../common/decimal-places';
import { MAX_QUANTITY } from '../../common/money-limits';

export class CreditNoteLineDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  invoiceLineId!: string;

  @ApiProperty({
    example: 1,
    maximum: MAX_QUANTITY,
    description: 'Quantity to credit (up to 3 decimals), at most what remains on the line',
  })
  @IsDecimal(3)
  @IsPositive()
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class IssueCreditNoteDto {
  @ApiProperty({ example: 'Geste commercial : une journée non réalisée' })
  @IsString()
  @Length(3, 1000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Credit everything that remains (status "Avoir")' })
  @IsOptional()
  @IsBoolean()
  full?: boolean;

  @ApiPropertyOptional({
    type: [CreditNoteLineDto],
    description: 'For a partial credit note ("Avoir partiel"): chosen lines and quantities',
  })
  @ValidateIf((dto: IssueCreditNoteDto) => !dto.full)
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one line (or set full: true)' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CreditNoteLineDto)
  lines?: CreditNoteLineDto[];
}
