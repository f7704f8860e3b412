import { ApiProperty } from '@nestjs/swagger';
import { DUNNING_ACTION_TYPES, DUNNING_ASSIGNEES } from '../policy';

/** OpenAPI shape of one step; the steps themselves are checked by validatePolicySteps (French messages, field paths). */
export class PolicyActionSchema {
  @ApiProperty({ enum: DUNNING_ACTION_TYPES })
  type!: string;

  @ApiProperty({ example: 'standard/d+15-email', description: 'A name from GET /message-templates' })
  template!: string;

  @ApiProperty({
    enum: DUNNING_ASSIGNEES,
    required: false,
    description: 'Required for CALL_TASK, INTERNAL_NOTIFICATION, ESCALATION, FORMAL_NOTICE',
  })
  assignee?: string;
}

export class PolicyFlagsSchema {
  @ApiProperty() mentionPenalties!: boolean;
  @ApiProperty() copyOwner!: boolean;
  @ApiProperty() copyManager!: boolean;
}

export class PolicyStepSchema {
  @ApiProperty({ example: 'D+15' })
  key!: string;

  @ApiProperty({ example: 15, minimum: -60, maximum: 180, description: 'Days from the due date, strictly increasing' })
  offsetDays!: number;

  @ApiProperty({ example: 'Relance ferme + SMS' })
  label!: string;

  @ApiProperty({ type: [PolicyActionSchema] })
  actions!: PolicyActionSchema[];

  @ApiProperty({ type: PolicyFlagsSchema })
  flags!: PolicyFlagsSchema;
}
