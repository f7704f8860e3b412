import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { Role } from '../../generated/prisma/enums';
import { toBool } from '../../common/query-params';

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : value;

export class ListUsersQuery {
  @ApiPropertyOptional({ description: 'Comma-separated roles', example: 'SALES,MANAGER' })
  @IsOptional()
  @Transform(toList)
  @IsEnum(Role, { each: true })
  role?: Role[];

  @ApiPropertyOptional({ description: 'true: only active users (for owner and assignee selects)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  active?: boolean;
}
