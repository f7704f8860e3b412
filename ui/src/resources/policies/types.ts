export interface PolicyStep {
  key: string;
  offsetDays: number;
  label: string;
  actions: Array<{ type: string; template: string; assignee?: string }>;
  flags: { mentionPenalties: boolean; copyOwner: boolean; copyManager: boolean };
}

export interface Policy {
  id: string;
  code: string;
  name: string;
  description: string | null;
  currentVersion: number;
  version?: number;
  steps: PolicyStep[];
  profiles: string[];
  customersCount: number;
  updatedAt: string;
  versions?: Array<{ version: number; createdAt: string; createdBy: { fullName: string } | null }>;
}

export const ACTION_TYPES = [
  { id: 'EMAIL', name: 'E-mail' },
  { id: 'SMS', name: 'SMS' },
  { id: 'CALL_TASK', name: "Tâche d'appel" },
  { id: 'INTERNAL_NOTIFICATION', name: 'Notification interne' },
  { id: 'ESCALATION', name: 'Escalade' },
  { id: 'FORMAL_NOTICE', name: 'Mise en demeure (LRAR)' },
];

export const ASSIGNEES = [
  { id: 'OWNER', name: 'Commercial du client' },
  { id: 'OWNER_MANAGER', name: 'Manager du commercial' },
  { id: 'ADV', name: 'ADV' },
];
