import { Injectable, NotFoundException } from '@nestjs/common';
import type { Company } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { companyTimeZone } from './company-settings';

@Injectable()
export class CompaniesService {
  constructor(private readonly prisma: PrismaService) {}

  async get(companyId: string): Promise<Company> {
    const company = await this.prisma.company.findUnique({ where: { id: companyId } });
    if (!company) {
      throw new NotFoundException('Company not found');
    }
    return company;
  }

  async timezone(companyId: string): Promise<string> {
    return companyTimeZone(await this.get(companyId));
  }
}
