// What an invoice's record routes answer (documents, messages, timeline, dunning schedule): declared once, for OpenAPI and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { DocumentKind, DunningStepState, MessageChannel, MessageStatus } from '../generated/prisma/enums';
import { PolicyActionSchema } from '../dunning/dto/policy-steps';
import { PolicyRefDto } from './invoice.responses';
import { PaymentPlanDto } from '../payment-plans/payment-plan.responses';

export class DocumentViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: DocumentKind })
  kind!: DocumentKind;

  @ApiProperty()
  fileName!: string;

  @ApiProperty({ description: 'Hex SHA-256 of the archived PDF' })
  sha256!: string;

  @ApiProperty({ type: 'integer' })
  sizeBytes!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ example: '/documents/…/download' })
  downloadUrl!: string;
}

/** One email, SMS, letter or internal notification, as recorded in the message ledger. */
export class MessageViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  companyId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  invoiceId!: string | null;

  @ApiProperty({ enum: MessageChannel })
  channel!: MessageChannel;

  @ApiProperty()
  recipient!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @ApiProperty({ type: [String] })
  cc!: string[];

  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: String, nullable: true })
  template!: string | null;

  @ApiProperty({ example: 'D+15' })
  step!: string;

  @ApiProperty({ enum: MessageStatus })
  status!: MessageStatus;

  @ApiProperty({ example: 'smtp' })
  provider!: string;

  @ApiProperty({ type: String, nullable: true })
  providerId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  error!: string | null;

  @ApiProperty({ type: 'integer' })
  attempts!: number;

  @ApiProperty({ type: [String] })
  documentIds!: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class TimelineEntryDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ enum: ['EVENT', 'MESSAGE', 'DOCUMENT'] })
  kind!: 'EVENT' | 'MESSAGE' | 'DOCUMENT';

  @ApiProperty({ example: 'invoice.submitted' })
  action!: string;

  @ApiProperty()
  actor!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the entry is about (ids, amounts, origin)',
  })
  details!: unknown;
}

export class DunningPauseDto {
  @ApiProperty({ enum: ['DISPUTE', 'PROMISE_TO_PAY'] })
  reason!: 'DISPUTE' | 'PROMISE_TO_PAY';

  @ApiProperty({ type: String, nullable: true, required: false, description: 'The dispute reason' })
  detail?: string | null;

  @ApiProperty({ format: 'date', required: false, description: 'The promised payment date' })
  until?: string;
}

export class StepMessageDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MessageChannel })
  channel!: MessageChannel;

  @ApiProperty()
  recipient!: string;

  @ApiProperty({ enum: MessageStatus })
  status!: MessageStatus;

  @ApiProperty({ type: String, nullable: true })
  providerId!: string | null;
}

export class ScheduledStepDto {
  @ApiProperty({ example: 'D+15' })
  key!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ type: 'integer' })
  offsetDays!: number;

  @ApiProperty({ format: 'date-time' })
  plannedAt!: string;

  @ApiProperty({ type: [PolicyActionSchema] })
  actions!: unknown;

  @ApiProperty({ enum: DunningStepState })
  state!: DunningStepState;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was skipped or cancelled' })
  reason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  executedAt!: string | null;

  @ApiProperty({ type: [StepMessageDto] })
  messages!: StepMessageDto[];

  @ApiProperty({ type: [String] })
  taskIds!: string[];
}

export class DunningScheduleDto {
  @ApiProperty({ type: PolicyRefDto, nullable: true })
  policy!: PolicyRefDto | null;

  @ApiProperty({ type: DunningPauseDto, nullable: true })
  paused!: DunningPauseDto | null;

  @ApiProperty({ type: [ScheduledStepDto] })
  steps!: ScheduledStepDto[];

  @ApiProperty({
    type: PaymentPlanDto,
    nullable: true,
    description: 'The latest payment plan and the state of each installment',
  })
  paymentPlan!: PaymentPlanDto | null;
}
