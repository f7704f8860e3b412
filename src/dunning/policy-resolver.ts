import { Injectable } from '@nestjs/common';
import type { Company, Customer, Prisma } from '../generated/prisma/client';
import { dunningSettingsOf } from '../companies/company-settings';
import { PrismaService } from '../prisma/prisma.service';

export type PolicyVersionWithPolicy = Prisma.DunningPolicyVersionGetPayload<{ include: { policy: true } }>;

/** Which dunning applies to a customer: its explicit policy, else the company's profile mapping; always the current version. */
@Injectable()
export class PolicyResolver {
  constructor(private readonly prisma: PrismaService) {}

  async versionFor(customer: Customer, company: Company): Promise<PolicyVersionWithPolicy> {
    const policy = customer.dunningPolicyId
      ? await this.prisma.dunningPolicy.findUniqueOrThrow({ where: { id: customer.dunningPolicyId } })
      : await this.prisma.dunningPolicy.findUniqueOrThrow({
          where: {
            companyId_code: {
              companyId: company.id,
              code: dunningSettingsOf(company).profilePolicies[customer.profile],
            },
          },
        });
    return this.prisma.dunningPolicyVersion.findUniqueOrThrow({
      where: { policyId_version: { policyId: policy.id, version: policy.currentVersion } },
      include: { policy: true },
    });
  }
}
