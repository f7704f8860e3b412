import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { CustomerProfile } from '../../generated/prisma/enums';
import { toBool } from '../../common/query-params';

export const CUSTOMER_SORT_FIELDS = ['name', 'createdAt', 'outstandingCents'] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

export class ListCustomersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in name, SIREN/SIRET and emails (case-insensitive)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: CustomerProfile })
  @IsOptional()
  @IsEnum(CustomerProfile)
  profile?: CustomerProfile;

  @ApiPropertyOptional({ format: 'uuid', description: 'The account owner (sales rep)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({
    description: 'true: only customers with the "Retards fréquents" badge; false: only those without',
  })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  frequentLatePayer?: boolean;

  @ApiPropertyOptional({ enum: CUSTOMER_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(CUSTOMER_SORT_FIELDS)
  sort: CustomerSortField = 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}
