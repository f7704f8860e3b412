import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** GET and PUT /settings/portal: what a PUT takes back as is. */
export class PortalSettingsDto {
  @ApiProperty({
    example: 30,
    description: 'Days a portal link sent by email stays valid (each email sends a new one)',
  })
  @IsInt()
  @Min(1)
  @Max(365)
  linkValidityDays!: number;

  @ApiProperty({ example: 7, description: 'Days reminders pause after the customer declares a payment in the portal' })
  @IsInt()
  @Min(1)
  @Max(60)
  declaredPaymentPauseDays!: number;
}

export class RevokedPortalLinksDto {
  @ApiProperty({ example: 2, description: 'Links of the customer that were still open and are now revoked' })
  revoked!: number;
}
