import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MAX_AMOUNT_CENTS } from '../../common/money-limits';

export const APPROVER_ROLES = ['MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR', 'ADMIN'] as const;
export const SENDING_MODES = ['AUTOMATIC', 'ADV'] as const;

export class ApprovalLevelDto {
  @ApiProperty({ enum: APPROVER_ROLES })
  @IsIn(APPROVER_ROLES)
  role!: (typeof APPROVER_ROLES)[number];

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_AMOUNT_CENTS,
    example: 500000,
    description: 'The level applies when the total excl. VAT is strictly above this (cents); absent/null = always',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_CENTS)
  minAmountExclTaxCents?: number | null;
}

export class ApprovalCircuitDto {
  @ApiProperty({ type: [ApprovalLevelDto], maxItems: 5, description: 'In order; an empty list means no approval' })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ApprovalLevelDto)
  levels!: ApprovalLevelDto[];

  @ApiProperty({ enum: SENDING_MODES, description: 'AUTOMATIC: sent once approved; ADV: ADV checks and sends' })
  @IsIn(SENDING_MODES)
  sending!: (typeof SENDING_MODES)[number];

  @ApiProperty({ minimum: 1, maximum: 30, example: 2 })
  @IsInt()
  @Min(1)
  @Max(30)
  reminderAfterBusinessDays!: number;

  @ApiProperty({ minimum: 1, maximum: 30, example: 2 })
  @IsInt()
  @Min(1)
  @Max(30)
  escalateAfterBusinessDays!: number;
}
