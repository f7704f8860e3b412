import type { ApprovalCircuit } from '../../workflows/invoice.contract';
import { DEFAULT_DUNNING_SETTINGS, type DunningSettings } from '../dunning/policy';

export const DEFAULT_APPROVAL_CIRCUIT: ApprovalCircuit = {
  levels: [{ role: 'MANAGER' }, { role: 'FINANCE_DIRECTOR', minAmountExclTaxCents: 500_000 }],
  sending: 'ADV',
  reminderAfterBusinessDays: 2,
  escalateAfterBusinessDays: 2,
};

/** Settings are JSON columns: read them with defaults filled in, so older rows keep working. */
export function approvalCircuitOf(company: { approvalCircuit: unknown }): ApprovalCircuit {
  return { ...DEFAULT_APPROVAL_CIRCUIT, ...(company.approvalCircuit as Partial<ApprovalCircuit>) };
}

/** The company's time zone: every local date and send hour is read in it. */
export function companyTimeZone(company: { dunningSettings: unknown }): string {
  return dunningSettingsOf(company).timezone || DEFAULT_DUNNING_SETTINGS.timezone;
}

export function dunningSettingsOf(company: { dunningSettings: unknown }): DunningSettings {
  const stored = (company.dunningSettings ?? {}) as Partial<DunningSettings>;
  return {
    ...DEFAULT_DUNNING_SETTINGS,
    ...stored,
    profilePolicies: { ...DEFAULT_DUNNING_SETTINGS.profilePolicies, ...stored.profilePolicies },
  };
}
