// The shape of a dunning policy version (stored as JSON in DunningPolicyVersion.steps).

export const DUNNING_ACTION_TYPES = ['EMAIL', 'SMS', 'CALL_TASK', 'INTERNAL_NOTIFICATION', 'ESCALATION', 'FORMAL_NOTICE'] as const;
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

export interface DunningStepFlags {
  mentionPenalties: boolean;
  copyOwner: boolean;
  copyManager: boolean;
}

export interface DunningStepDefinition {
  /** Stable within a policy: "D-7", "D+15". */
  key: string;
  /** Days from the due date; negative before it. */
  offsetDays: number;
  /** Short French label for timelines ("Relance ferme + SMS"). */
  label: string;
  actions: DunningAction[];
  flags: DunningStepFlags;
}

export interface DunningCalendarSettings {
  timezone: string;
  /** "HH:mm" local time at which a step fires. */
  sendHour: string;
  businessDaysOnly: boolean;
  skipPublicHolidays: boolean;
  /** Local "HH:mm" window in which actions may go out; a due action waits for the next opening. */
  windowStart: string;
  windowEnd: string;
}

export type ProfilePolicies = Record<'VIP' | 'STANDARD' | 'NEW' | 'BAD_PAYER', string>;

export interface DunningSettings extends DunningCalendarSettings {
  /** Customer profile → policy code. */
  profilePolicies: ProfilePolicies;
}

export const DEFAULT_DUNNING_SETTINGS: DunningSettings = {
  timezone: 'Europe/Paris',
  sendHour: '09:00',
  businessDaysOnly: true,
  skipPublicHolidays: true,
  windowStart: '08:00',
  windowEnd: '19:00',
  profilePolicies: { VIP: 'VIP', STANDARD: 'STANDARD', NEW: 'NEW', BAD_PAYER: 'BAD_PAYER' },
};
