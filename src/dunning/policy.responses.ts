// What the dunning-policy and message-template routes answer: declared once, used by policy-views.ts, OpenAPI and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { CustomerProfile } from '../generated/prisma/enums';
import { DUNNING_ACTION_TYPES, type DunningActionType, type DunningStepDefinition } from './policy';
import { PolicyStepSchema } from './dto/policy-steps';
import { UserRefDto } from '../invoices/invoice.responses';

export const TEMPLATE_CHANNELS = ['EMAIL', 'SMS', 'INTERNAL', 'TASK', 'LETTER'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export class PolicySummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'STANDARD' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: 'integer' })
  currentVersion!: number;

  @ApiProperty({ type: [PolicyStepSchema], description: 'The steps of the version shown' })
  steps!: DunningStepDefinition[];

  @ApiProperty({ enum: CustomerProfile, isArray: true, description: 'Customer profiles mapped to this policy' })
  profiles!: CustomerProfile[];

  @ApiProperty({ type: 'integer' })
  customersCount!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class PolicyVersionEntryDto {
  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: UserRefDto, nullable: true })
  createdBy!: UserRefDto | null;
}

export class PolicyDetailDto extends PolicySummaryDto {
  @ApiProperty({ type: 'integer', description: 'The version whose steps are shown' })
  version!: number;

  @ApiProperty({ type: [PolicyVersionEntryDto] })
  versions!: PolicyVersionEntryDto[];
}

export class MessageTemplateEntryDto {
  @ApiProperty({ example: 'standard/d+15-email' })
  name!: string;

  @ApiProperty({ example: 'standard' })
  group!: string;

  @ApiProperty({ enum: TEMPLATE_CHANNELS })
  channel!: TemplateChannel;

  @ApiProperty({ enum: DUNNING_ACTION_TYPES, isArray: true, description: 'The action types that may use it' })
  actionTypes!: DunningActionType[];
}
