import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class ApproveDto {
  @ApiPropertyOptional({ example: 'OK pour moi' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  comment?: string;
}

export class RejectDto {
  @ApiProperty({ example: 'Le taux de TVA de la ligne 2 est erroné' })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class SendDto {
  @ApiPropertyOptional({
    example: '2026-11-30T08:00:00.000Z',
    description: 'Send later (e.g. Monday 09:00 Paris); absent = now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string;
}

export class DisputeDto {
  @ApiProperty({ example: 'Le client conteste la livraison du lot 3' })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class PromiseDto {
  @ApiProperty({ example: '2026-12-15', description: 'The promised payment date: dunning pauses until then' })
  @IsISO8601({ strict: true })
  date!: string;
}
