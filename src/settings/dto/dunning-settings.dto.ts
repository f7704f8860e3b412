import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsDefined, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { ReadOnly } from '../../common/read-only';

/** Customer profile → dunning policy code; each code must be one of the company's policies. */
export class ProfilePoliciesDto {
  @ApiProperty({ example: 'VIP' }) @IsString() @Length(1, 40) VIP!: string;
  @ApiProperty({ example: 'STANDARD' }) @IsString() @Length(1, 40) STANDARD!: string;
  @ApiProperty({ example: 'NEW' }) @IsString() @Length(1, 40) NEW!: string;
  @ApiProperty({ example: 'BAD_PAYER' }) @IsString() @Length(1, 40) BAD_PAYER!: string;
}

// The calendar fields are checked by validateCalendarSettings (French messages), hence @Allow() here.
export class DunningSettingsDto {
  @ApiProperty({ type: ProfilePoliciesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ProfilePoliciesDto)
  profilePolicies!: ProfilePoliciesDto;

  @ApiProperty({ example: 'Europe/Paris' })
  @Allow()
  timezone!: string;

  @ApiProperty({ example: '09:00', description: 'HH:mm local time at which steps fire' })
  @Allow()
  sendHour!: string;

  @ApiProperty()
  @Allow()
  businessDaysOnly!: boolean;

  @ApiProperty()
  @Allow()
  skipPublicHolidays!: boolean;

  @ApiProperty({ example: '08:00' })
  @Allow()
  windowStart!: string;

  @ApiProperty({ example: '19:00' })
  @Allow()
  windowEnd!: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 1215,
    description: 'Contractual late-penalty rate (bp); null = legal default (ECB + 10 points); absent = unchanged',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  latePenaltyRateBp?: number | null;

  @ApiPropertyOptional({ example: 215, description: 'ECB refinancing rate (bp); absent = unchanged' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  ecbRateBp?: number;

  @ReadOnly('Read-only: the public holidays of the next 12 months, as returned by GET')
  holidays?: unknown;
}
