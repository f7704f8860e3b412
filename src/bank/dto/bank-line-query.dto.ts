import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination';

export class BankLineQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['TO_MATCH', 'APPLYING', 'MATCHED', 'IGNORED', 'DEBIT'] })
  @IsOptional()
  @IsIn(['TO_MATCH', 'APPLYING', 'MATCHED', 'IGNORED', 'DEBIT'])
  status?: 'TO_MATCH' | 'APPLYING' | 'MATCHED' | 'IGNORED' | 'DEBIT';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  statementId?: string;
}
