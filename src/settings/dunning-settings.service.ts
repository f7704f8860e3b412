import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest, type FieldError } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import type { DunningSettings, ProfilePolicies } from '../dunning/policy';
import { validateCalendarSettings } from '../dunning/policy-validation';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { DunningSettingsDto } from './dto/dunning-settings.dto';
import { toDunningSettingsView, type DunningSettingsView } from './settings-views';

/** The dunning calendar, the profile → policy mapping and the late-payment rates (Company columns). */
@Injectable()
export class DunningSettingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
  ) {}

  async get(user: AuthUser): Promise<DunningSettingsView> {
    return toDunningSettingsView(await this.companies.get(user.companyId));
  }

  async update(user: AuthUser, dto: DunningSettingsDto, origin: RequestOrigin): Promise<DunningSettingsView> {
    const settings = settingsOf(dto);
    const errors = [
      ...validateCalendarSettings(settings),
      ...(await this.unknownPolicyCodes(user.companyId, settings.profilePolicies)),
    ];
    if (errors.length > 0) {
      throw badRequest(errors);
    }
    const rates = { latePenaltyRateBp: dto.latePenaltyRateBp, ecbRateBp: dto.ecbRateBp ?? undefined };
    const company = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.company.update({
        where: { id: user.companyId },
        data: { dunningSettings: settings as unknown as Prisma.InputJsonValue, ...rates },
      });
      const details = { ...settings, ...rates } as unknown as Prisma.InputJsonValue;
      await this.audit.recordByUser(user, { action: 'settings.dunning.updated', details, origin }, tx);
      return updated;
    });
    this.companies.forgetTimezone(user.companyId);
    return toDunningSettingsView(company);
  }

  private async unknownPolicyCodes(companyId: string, profilePolicies: ProfilePolicies): Promise<FieldError[]> {
    const policies = await this.prisma.dunningPolicy.findMany({ where: { companyId }, select: { code: true } });
    const known = new Set(policies.map((p) => p.code));
    return (Object.entries(profilePolicies) as [keyof ProfilePolicies, string][])
      .filter(([, code]) => !known.has(code))
      .map(([profile, code]) => ({
        field: `profilePolicies.${profile}`,
        message: `la politique de relance « ${code} » n'existe pas`,
      }));
  }
}

function settingsOf(dto: DunningSettingsDto): DunningSettings {
  const { VIP, STANDARD, NEW, BAD_PAYER } = dto.profilePolicies;
  const { timezone, sendHour, businessDaysOnly, skipPublicHolidays, windowStart, windowEnd } = dto;
  return {
    timezone,
    sendHour,
    businessDaysOnly,
    skipPublicHolidays,
    windowStart,
    windowEnd,
    profilePolicies: { VIP, STANDARD, NEW, BAD_PAYER },
  };
}
