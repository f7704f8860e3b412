// What the settings routes return, read from the Company row (JSON settings with defaults filled in).
import { DateTime } from 'luxon';
import type { Company } from '../generated/prisma/client';
import { dunningSettingsOf } from '../companies/company-settings';
import { frenchPublicHolidays, type PublicHoliday } from '../dunning/holidays';
import type { CompanyIdentityDto, DunningSettingsViewDto } from './settings.responses';
import { withCents, type WithCents } from '../prisma/money-columns';

export type DunningSettingsView = DunningSettingsViewDto;

/** French public holidays from today (in the company's zone) to the same day next year, excluded. */
export function holidaysAhead(timezone: string, now = new Date()): PublicHoliday[] {
  const today = DateTime.fromJSDate(now, { zone: timezone });
  const from = today.toISODate() as string;
  const until = today.plus({ years: 1 }).toISODate() as string;
  return [...frenchPublicHolidays(today.year), ...frenchPublicHolidays(today.year + 1)].filter(
    (h) => h.date >= from && h.date < until,
  );
}

export function toDunningSettingsView(company: Company, now = new Date()): DunningSettingsView {
  const settings = dunningSettingsOf(company);
  const { timezone, sendHour, businessDaysOnly, skipPublicHolidays, windowStart, windowEnd, profilePolicies } =
    settings;
  return {
    profilePolicies,
    timezone,
    sendHour,
    businessDaysOnly,
    skipPublicHolidays,
    windowStart,
    windowEnd,
    latePenaltyRateBp: company.latePenaltyRateBp,
    ecbRateBp: company.ecbRateBp,
    holidays: holidaysAhead(timezone, now),
  };
}

const IDENTITY_FIELDS = [
  'legalName',
  'tradeName',
  'legalForm',
  'shareCapitalCents',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'siren',
  'siret',
  'rcsCity',
  'vatNumber',
  'email',
  'phone',
  'website',
  'iban',
  'bic',
  'bankName',
  'invoicePrefix',
  'creditNotePrefix',
  'defaultPaymentTermsDays',
  'latePenaltyRateBp',
  'ecbRateBp',
  'earlyPaymentDiscount',
] as const satisfies readonly (keyof Company)[];

export type CompanyIdentity = WithCents<Pick<Company, (typeof IDENTITY_FIELDS)[number]>>;

/** The seller's legal identity as printed on invoices (mandatory mentions), without internal columns. */
export function toCompanyIdentity(company: Company): CompanyIdentityDto {
  return withCents(Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, company[field]]))) as CompanyIdentity;
}
