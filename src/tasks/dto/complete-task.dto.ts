import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { TaskOutcome } from '../../generated/prisma/enums';

export class CompleteTaskDto {
  @ApiProperty({
    enum: TaskOutcome,
    description: 'PROMISE_TO_PAY needs promisedDate; DISPUTE needs a note (the reason)',
  })
  @IsEnum(TaskOutcome)
  outcome!: TaskOutcome;

  @ApiPropertyOptional({
    example: '2026-12-15',
    description: 'YYYY-MM-DD, today or later: dunning pauses until then (PROMISE_TO_PAY only)',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'promisedDate must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  promisedDate?: string;

  @ApiPropertyOptional({
    example: 'Le client conteste la quantité livrée',
    description: 'Free text; required for DISPUTE',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}
