// Rules over a customer record as a whole (field-level checks live in the DTO).
import type { FieldError } from '../common/http-errors';
import type { Role } from '../generated/prisma/enums';
import { ACTION_ROLES } from '../auth/action-roles';

/** Roles that may choose how hard a customer is dunned (its profile or explicit policy). */
export const DUNNING_DECIDERS: readonly Role[] = ACTION_ROLES.editProfile;

export const DUNNING_FIELDS = ['profile', 'dunningPolicyId'] as const;

/** Columns that are never null: a PATCH may change them, not clear them. */
export const REQUIRED_FIELDS = [
  'name',
  'isBusiness',
  'addressLine1',
  'postalCode',
  'city',
  'country',
  'billingEmail',
  'profile',
] as const;

export interface CustomerIdentity {
  isBusiness: boolean;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  country: string;
  postalCode: string;
}

interface IdentityRule {
  fields: Array<keyof CustomerIdentity>;
  check: (c: CustomerIdentity) => FieldError | null;
}

const IDENTITY_RULES: IdentityRule[] = [
  {
    fields: ['isBusiness', 'siren'],
    check: (c) =>
      c.isBusiness && !c.siren ? { field: 'siren', message: 'is required for a business customer' } : null,
  },
  {
    fields: ['siret', 'siren'],
    check: (c) =>
      c.siret && !(c.siren && c.siret.startsWith(c.siren))
        ? { field: 'siret', message: 'must start with the customer SIREN' }
        : null,
  },
  {
    fields: ['vatNumber', 'siren'],
    check: (c) =>
      c.vatNumber && c.vatNumber.slice(4) !== c.siren
        ? { field: 'vatNumber', message: 'must be FR + key + the customer SIREN' }
        : null,
  },
  {
    fields: ['country', 'postalCode'],
    check: (c) =>
      c.country === 'FR' && !/^\d{5}$/.test(c.postalCode)
        ? { field: 'postalCode', message: 'must be 5 digits in France' }
        : null,
  },
];

/** Errors of the rules touching a changed field: an edit elsewhere never fails on older data. */
export function identityErrors(customer: CustomerIdentity, changed: ReadonlySet<string>): FieldError[] {
  return IDENTITY_RULES.filter((rule) => rule.fields.some((f) => changed.has(f)))
    .map((rule) => rule.check(customer))
    .filter((error): error is FieldError => error !== null);
}

export function nullRequiredFieldErrors(patch: Record<string, unknown>): FieldError[] {
  return REQUIRED_FIELDS.filter((f) => patch[f] === null).map((field) => ({ field, message: 'must not be null' }));
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** The fields of `patch` whose value differs from `current` (undefined means "not sent"). */
export function changesOf(current: Record<string, unknown>, patch: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(patch)) {
    const from = current[field] ?? null;
    if (to !== undefined && to !== from) {
      changes[field] = { from, to };
    }
  }
  return changes;
}

export function mayChooseDunning(role: Role): boolean {
  return DUNNING_DECIDERS.includes(role);
}
