import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { CompaniesService } from '../companies/companies.service';
import { approvalCircuitOf } from '../companies/company-settings';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { ApprovalCircuit } from '../../workflows/invoice.contract';
import type { ApprovalCircuitDto } from './dto/approval-circuit.dto';
import { toCompanyIdentity, type CompanyIdentity } from './settings-views';

/** The approval circuit (read by each new approval round, so a change applies to invoices submitted afterwards) and the seller identity. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
  ) {}

  async approvalCircuit(user: AuthUser): Promise<ApprovalCircuit> {
    return approvalCircuitOf(await this.companies.get(user.companyId));
  }

  async updateApprovalCircuit(
    user: AuthUser,
    dto: ApprovalCircuitDto,
    origin: RequestOrigin,
  ): Promise<ApprovalCircuit> {
    const circuit = circuitOf(dto);
    const company = await this.prisma.$transaction(async (tx) => {
      const before = approvalCircuitOf(await tx.company.findUniqueOrThrow({ where: { id: user.companyId } }));
      const updated = await tx.company.update({
        where: { id: user.companyId },
        data: { approvalCircuit: circuit as unknown as Prisma.InputJsonValue },
      });
      const details = { before, after: circuit } as unknown as Prisma.InputJsonValue;
      await this.audit.recordByUser(user, { action: 'settings.approval-circuit.updated', details, origin }, tx);
      return updated;
    });
    return approvalCircuitOf(company);
  }

  async companyIdentity(user: AuthUser): Promise<CompanyIdentity> {
    return toCompanyIdentity(await this.companies.get(user.companyId));
  }
}

/** Only the known fields are stored; a level without threshold applies to every amount. */
function circuitOf(dto: ApprovalCircuitDto): ApprovalCircuit {
  return {
    levels: dto.levels.map(({ role, minAmountExclTaxCents }) =>
      minAmountExclTaxCents == null ? { role } : { role, minAmountExclTaxCents },
    ),
    sending: dto.sending,
    reminderAfterBusinessDays: dto.reminderAfterBusinessDays,
    escalateAfterBusinessDays: dto.escalateAfterBusinessDays,
  };
}
