// What the policy routes return: a policy with the steps of one version, the profiles mapped to it, its version history.
import type { DunningSettings, DunningStepDefinition, ProfilePolicies } from './policy';
import type { PolicyDetailDto, PolicySummaryDto } from './policy.responses';
import { ACTIONS_WITH_ASSIGNEE } from './policy-validation';

type Profile = keyof ProfilePolicies;

export interface PolicyRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  currentVersion: number;
  updatedAt: Date;
  _count: { customers: number };
}

export interface VersionRow {
  version: number;
  steps: unknown;
  createdAt: Date;
  createdById: string | null;
}

export type PolicySummary = PolicySummaryDto;
export type PolicyDetail = PolicyDetailDto;

export function profilesUsing(code: string, settings: DunningSettings): Profile[] {
  return (Object.keys(settings.profilePolicies) as Profile[]).filter(
    (profile) => settings.profilePolicies[profile] === code,
  );
}

export function toPolicySummary(
  policy: PolicyRow,
  shown: VersionRow | undefined,
  settings: DunningSettings,
): PolicySummary {
  return {
    id: policy.id,
    code: policy.code,
    name: policy.name,
    description: policy.description,
    currentVersion: policy.currentVersion,
    steps: (shown?.steps ?? []) as DunningStepDefinition[],
    profiles: profilesUsing(policy.code, settings),
    customersCount: policy._count.customers,
    updatedAt: policy.updatedAt.toISOString(),
  };
}

export function toVersionEntry(version: VersionRow, userNames: Map<string, string>): PolicyDetail['versions'][number] {
  const fullName = version.createdById ? userNames.get(version.createdById) : undefined;
  return {
    version: version.version,
    createdAt: version.createdAt.toISOString(),
    createdBy: fullName ? { id: version.createdById!, fullName } : null,
  };
}

/** Only the known fields of each step are stored (an assignee only where one is used): the version is what the workflow will read. */
export function normalizedSteps(steps: DunningStepDefinition[]): DunningStepDefinition[] {
  return steps.map(({ key, offsetDays, label, actions, flags }) => ({
    key: key.trim(),
    offsetDays,
    label: label.trim(),
    actions: actions.map(({ type, template, assignee }) =>
      assignee === undefined || !ACTIONS_WITH_ASSIGNEE.has(type) ? { type, template } : { type, template, assignee },
    ),
    flags: { mentionPenalties: flags.mentionPenalties, copyOwner: flags.copyOwner, copyManager: flags.copyManager },
  }));
}
