// The shape of a dunning policy version (stored as JSON in DunningPolicyVersion.steps).

import type { DunningAction } from '../../workflows/dunning-action';

// The action shape lives with the workflow contract that carries it; policies build on it.
export {
  DUNNING_ACTION_TYPES,
  DUNNING_ASSIGNEES,
  type DunningAction,
  type DunningActionType,
  type DunningAssignee,
} from '../../workflows/dunning-action';

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
