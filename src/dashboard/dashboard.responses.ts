// What GET /dashboard answers: declared once, used by the dashboard services, the OpenAPI document and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { TaskType } from '../generated/prisma/enums';
import type { InvoiceStatusCode } from '../../workflows/invoice-status';
import { STATUS_CODES } from '../invoices/dto/list-invoices.query';
import { InvoiceSummaryDto } from '../invoices/invoice.responses';

export class StatusCountDto {
  @ApiProperty({ enum: STATUS_CODES })
  code!: InvoiceStatusCode;

  @ApiProperty()
  label!: string;

  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: 'integer' })
  balanceCents!: number;

  @ApiProperty({ type: 'integer' })
  totalInclTaxCents!: number;
}

export class AgedBucketDto {
  @ApiProperty({ enum: ['0-30', '31-60', '61-90', '90+'] })
  key!: '0-30' | '31-60' | '61-90' | '90+';

  @ApiProperty()
  label!: string;

  @ApiProperty({ type: 'integer' })
  minDays!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Inclusive; null for the open-ended last bucket' })
  maxDays!: number | null;

  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: 'integer' })
  balanceCents!: number;
}

export class ReceivablesDto {
  @ApiProperty({ type: 'integer' })
  outstandingCents!: number;

  @ApiProperty({ type: 'integer' })
  openCount!: number;

  @ApiProperty({ type: 'integer' })
  overdueCents!: number;

  @ApiProperty({ type: 'integer' })
  overdueCount!: number;

  @ApiProperty({ type: [AgedBucketDto] })
  buckets!: AgedBucketDto[];
}

export class InvoiceRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  number!: string | null;
}

export class TaskItemDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: TaskType })
  type!: TaskType;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty({ type: InvoiceRefDto, nullable: true })
  invoice!: InvoiceRefDto | null;
}

export class InvoiceActionListDto {
  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: [InvoiceSummaryDto] })
  items!: InvoiceSummaryDto[];
}

export class TaskActionListDto {
  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: [TaskItemDto] })
  items!: TaskItemDto[];
}

export class MyActionsDto {
  @ApiProperty({
    type: InvoiceActionListDto,
    description: 'Invoices waiting for a decision of my role that I did not create',
  })
  approvals!: InvoiceActionListDto;

  @ApiProperty({ type: TaskActionListDto, description: 'My open tasks, soonest due first' })
  tasks!: TaskActionListDto;

  @ApiProperty({
    type: InvoiceActionListDto,
    nullable: true,
    description: 'For ADV and ADMIN: issued invoices not yet sent; null for other roles',
  })
  toSend!: InvoiceActionListDto | null;
}

export class DsoDto {
  @ApiProperty({ type: Number, nullable: true })
  days!: number | null;

  @ApiProperty({ type: 'integer' })
  invoices!: number;
}

export class OverdueAt30Dto {
  @ApiProperty({ type: Number, nullable: true })
  rate!: number | null;

  @ApiProperty({ type: 'integer' })
  late!: number;

  @ApiProperty({ type: 'integer' })
  population!: number;

  @ApiProperty({ enum: ['GOOD', 'WATCH', 'URGENT'], nullable: true })
  level!: 'GOOD' | 'WATCH' | 'URGENT' | null;
}

export class KpisDto {
  @ApiProperty({ type: 'integer' })
  windowDays!: number;

  @ApiProperty({ type: DsoDto, description: 'Mean days from issue to payment of the invoices paid in the window' })
  dso!: DsoDto;

  @ApiProperty({
    type: OverdueAt30Dto,
    description: 'Invoices whose D+30 fell in the window: the share still unpaid at D+30',
  })
  overdueAt30!: OverdueAt30Dto;
}

export class DashboardDto {
  @ApiProperty({ format: 'date', description: "The company's local date" })
  today!: string;

  @ApiProperty({ example: 'Europe/Paris' })
  timezone!: string;

  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ type: [StatusCountDto] })
  byStatus!: StatusCountDto[];

  @ApiProperty({ type: [InvoiceSummaryDto] })
  overdue!: InvoiceSummaryDto[];

  @ApiProperty({ type: ReceivablesDto })
  receivables!: ReceivablesDto;

  @ApiProperty({ type: MyActionsDto })
  myActions!: MyActionsDto;

  @ApiProperty({ type: KpisDto })
  kpis!: KpisDto;
}
