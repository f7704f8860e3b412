// One action of a dunning step, as policies store it and the workflow passes it to performDunningAction.

export const DUNNING_ACTION_TYPES = [
  'EMAIL',
  'SMS',
  'CALL_TASK',
  'INTERNAL_NOTIFICATION',
  'ESCALATION',
  'FORMAL_NOTICE',
] as const;
export type DunningActionType = (typeof DUNNING_ACTION_TYPES)[number];

/** Who receives an internal action: the customer's owner (sales rep), the owner's manager, or the ADV team. */
export const DUNNING_ASSIGNEES = ['OWNER', 'OWNER_MANAGER', 'ADV'] as const;
export type DunningAssignee = (typeof DUNNING_ASSIGNEES)[number];

export interface DunningAction {
  type: DunningActionType;
  /** Message template name under templates/messages/ (without extension), e.g. "standard/d+15-email". */
  template: string;
  /** For CALL_TASK, INTERNAL_NOTIFICATION, ESCALATION, FORMAL_NOTICE (the LRAR posting task). */
  assignee?: DunningAssignee;
}
