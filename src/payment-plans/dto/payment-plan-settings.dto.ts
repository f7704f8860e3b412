import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { MISSED_INSTALLMENT_OUTCOMES, type MissedInstallmentOutcome } from '../payment-plan-settings';

export class PaymentPlanSettingsDto {
  @ApiProperty({
    example: 3,
    minimum: 0,
    maximum: 30,
    description: 'Days before an installment when the customer is reminded',
  })
  @IsInt()
  @Min(0)
  @Max(30)
  reminderDaysBefore!: number;

  @ApiProperty({
    example: 3,
    minimum: 0,
    maximum: 60,
    description: 'Days after an installment when, unpaid, it counts as missed',
  })
  @IsInt()
  @Min(0)
  @Max(60)
  missedAfterDays!: number;

  @ApiProperty({
    enum: MISSED_INSTALLMENT_OUTCOMES,
    description: 'A missed installment resumes the policy dunning on the overdue amount, or cancels the plan',
  })
  @IsIn(MISSED_INSTALLMENT_OUTCOMES)
  onMissed!: MissedInstallmentOutcome;

  @ApiProperty({
    example: 3,
    minimum: 2,
    maximum: 36,
    description: 'The most installments ADV may grant, to VIP customers only',
  })
  @IsInt()
  @Min(2)
  @Max(36)
  advMaxInstallments!: number;
}
