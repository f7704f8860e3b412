import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import type { InvoiceStatusCode } from '../../../workflows/invoice-status';
import { toBool } from '../../common/query-params';

export const STATUS_CODES: InvoiceStatusCode[] = [
  'DRAFT',
  'AWAITING_APPROVAL',
  'REJECTED',
  'ISSUED',
  'SENT',
  'LATE',
  'PARTIALLY_PAID',
  'PAID',
  'CREDITED',
  'PARTIALLY_CREDITED',
];
export const SORT_FIELDS = [
  'createdAt',
  'issueDate',
  'dueDate',
  'number',
  'totalInclTaxCents',
  'balanceCents',
  'daysLate',
] as const;

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : value;

export class ListInvoicesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Comma-separated status codes', example: 'LATE,PARTIALLY_PAID' })
  @IsOptional()
  @Transform(toList)
  @IsIn(STATUS_CODES, { each: true })
  status?: InvoiceStatusCode[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The customer's owner (sales rep)" })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ description: 'Only invoices at or past their due date and not settled' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only invoices waiting for a decision of my role, not created by me' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  awaitingMyApproval?: boolean;

  @ApiPropertyOptional({ description: 'Search in number, external number and customer name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Issue date from (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Issue date to (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: SORT_FIELDS, default: 'createdAt' })
  @IsOptional()
  @IsIn(SORT_FIELDS)
  sort: (typeof SORT_FIELDS)[number] = 'createdAt';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}
