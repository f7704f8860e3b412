import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { JOURNAL_LAYOUT_CODES, type JournalLayoutCode } from '../journal-layouts';
import { FecQuery } from './fec.query';

export class JournalQuery extends FecQuery {
  @ApiProperty({
    enum: JOURNAL_LAYOUT_CODES,
    description: 'Import layout of the accounting software (columns in README, Compliance)',
  })
  @IsIn(JOURNAL_LAYOUT_CODES)
  layout!: JournalLayoutCode;
}
