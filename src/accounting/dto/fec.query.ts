import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class FecQuery {
  @ApiProperty({ example: 2026, description: 'The accounting year, named by the calendar year it starts in' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(9999)
  year!: number;

  @ApiPropertyOptional({ enum: ['utf-8', 'iso-8859-15'], default: 'utf-8' })
  @IsOptional()
  @IsIn(['utf-8', 'iso-8859-15'])
  encoding?: 'utf-8' | 'iso-8859-15';
}
