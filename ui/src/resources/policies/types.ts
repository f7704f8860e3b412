// The API's response types, declared once in src/ next to the view mappers; imported type-only, so nothing of the server is bundled.
import type { PolicyDetailDto, PolicySummaryDto } from '../../../../src/dunning/policy.responses';

export type PolicyStep = PolicySummaryDto['steps'][number];

/** A list row, or a policy read with its version history. */
export type Policy = PolicySummaryDto & Partial<Pick<PolicyDetailDto, 'version' | 'versions'>>;

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
