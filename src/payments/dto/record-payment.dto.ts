import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PaymentMethod } from '../../generated/prisma/enums';
import { MAX_AMOUNT_CENTS } from '../../common/money-limits';

export class RecordPaymentDto {
  @ApiProperty({
    example: 60000,
    minimum: 1,
    maximum: MAX_AMOUNT_CENTS,
    description: 'Integer cents, at most the balance (else 422)',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_CENTS)
  amountCents!: number;

  @ApiProperty({ example: '2026-11-23T10:00:00.000Z', description: 'When the money was received (not in the future)' })
  @IsISO8601({ strict: true })
  paidAt!: string;

  @ApiProperty({ enum: PaymentMethod, example: PaymentMethod.BANK_TRANSFER })
  @IsEnum(PaymentMethod)
  method!: PaymentMethod;

  @ApiPropertyOptional({ example: 'VIR SEPA 2026-11-23 HORIZON' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;
}
