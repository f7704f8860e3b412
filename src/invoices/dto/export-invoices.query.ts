import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ListInvoicesQuery } from './list-invoices.query';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The filters and sort of `GET /invoices`, without its page: an export holds every match. */
export class ExportInvoicesQuery extends OmitType(ListInvoicesQuery, ['page', 'perPage'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}
