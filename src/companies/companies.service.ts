import { Injectable, NotFoundException } from '@nestjs/common';
import type { Company } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { companyTimeZone } from './company-settings';

// Every list and draft needs the time zone; PUT /settings/dunning forgets it here, other processes within this delay.
const TIMEZONE_TTL_MS = 10_000;

@Injectable()
export class CompaniesService {
  private readonly timezones = new Map<string, { timezone: string; until: number }>();

  constructor(private readonly prisma: PrismaService) {}

  async get(companyId: string): Promise<Company> {
    const company = await this.prisma.company.findUnique({ where: { id: companyId } });
    if (!company) {
      throw new NotFoundException('Company not found');
    }
    return company;
  }

  async timezone(companyId: string): Promise<string> {
    const cached = this.timezones.get(companyId);
    if (cached && cached.until > Date.now()) {
      return cached.timezone;
    }
    const company = await this.prisma.company.findUnique({
      where: { id: companyId },
      select: { dunningSettings: true },
    });
    if (!company) {
      throw new NotFoundException('Company not found');
    }
    const timezone = companyTimeZone(company);
    this.timezones.set(companyId, { timezone, until: Date.now() + TIMEZONE_TTL_MS });
    return timezone;
  }

  /** After a change of the company's dunning settings: the next read fetches the time zone again. */
  forgetTimezone(companyId: string): void {
    this.timezones.delete(companyId);
  }
}
