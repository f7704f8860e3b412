import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class DashboardQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only invoices of this sales rep's customers (not applied to my actions)",
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}
