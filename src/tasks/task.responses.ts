// What the task routes answer: declared once, used by the mapper (task-view.ts), the OpenAPI document and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { TaskOutcome, TaskStatus, TaskType } from '../generated/prisma/enums';
import { PageMetaDto } from '../common/api-responses';
import { UserRefDto } from '../invoices/invoice.responses';

export class TaskCustomerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class TaskInvoiceDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  number!: string | null;

  @ApiProperty({ type: 'integer' })
  balanceCents!: number;

  @ApiProperty({ type: TaskCustomerDto })
  customer!: TaskCustomerDto;
}

export class TaskViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: TaskType })
  type!: TaskType;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ enum: TaskStatus })
  status!: TaskStatus;

  @ApiProperty({ enum: TaskOutcome, nullable: true })
  outcome!: TaskOutcome | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  promisedDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  escalatedAt!: string | null;

  @ApiProperty({ type: UserRefDto, nullable: true })
  completedBy!: UserRefDto | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentTaskId!: string | null;

  @ApiProperty({ type: UserRefDto, nullable: true })
  assignee!: UserRefDto | null;

  @ApiProperty({ type: TaskInvoiceDto, nullable: true })
  invoice!: TaskInvoiceDto | null;

  @ApiProperty({ description: 'Open, and the caller is the assignee or a MANAGER, ADV or ADMIN' })
  canComplete!: boolean;
}

export class TaskPageDto extends PageMetaDto {
  @ApiProperty({ type: [TaskViewDto] })
  data!: TaskViewDto[];
}
