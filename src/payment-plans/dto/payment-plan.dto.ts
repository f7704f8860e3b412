import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { MAX_AMOUNT_CENTS } from '../../common/money-limits';

export class InstallmentInputDto {
  @ApiProperty({
    example: '2026-12-15',
    description: 'YYYY-MM-DD in the company time zone; after today and after the previous installment',
  })
  @IsString()
  @Length(10, 10)
  dueDate!: string;

  @ApiProperty({ example: 60000, minimum: 1, maximum: MAX_AMOUNT_CENTS })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_CENTS)
  amountCents!: number;
}

export class GrantPaymentPlanDto {
  @ApiProperty({
    type: [InstallmentInputDto],
    minItems: 2,
    maxItems: 36,
    description: 'At least 2, summing exactly to the balance',
  })
  @IsArray()
  @ArrayMaxSize(36)
  @ValidateNested({ each: true })
  @Type(() => InstallmentInputDto)
  installments!: InstallmentInputDto[];

  @ApiProperty({ example: 'Trésorerie tendue : accord en 3 fois' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class CancelPaymentPlanQuery {
  @ApiPropertyOptional({ example: 'Le client paie en une fois' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
