import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { TaskStatus, TaskType } from '../../generated/prisma/enums';
import { toBool } from '../../common/query-params';

export class ListTasksQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TaskStatus, description: 'Absent = every status' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @ApiPropertyOptional({
    default: true,
    description: "true: tasks assigned to me; false: the whole company's (MANAGER, DIRECTOR, ADMIN only)",
  })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: TaskType })
  @IsOptional()
  @IsEnum(TaskType)
  type?: TaskType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  invoiceId?: string;
}
