import path from 'node:path';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import { dunningSettingsOf } from '../companies/company-settings';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Prisma } from '../generated/prisma/client';
import { templateExists } from '../messages/message-renderer';
import { PrismaService } from '../prisma/prisma.service';
import type { CreatePolicyDto } from './dto/create-policy.dto';
import type { UpdatePolicyDto } from './dto/update-policy.dto';
import type { DunningStepDefinition } from './policy';
import { validatePolicySteps } from './policy-validation';
import {
  normalizedSteps,
  toPolicySummary,
  toVersionEntry,
  type PolicyDetail,
  type PolicySummary,
} from './policy-views';

const withCustomerCount = { _count: { select: { customers: true } } } as const;

/** Dunning policies: read, create, and edit as a new immutable version (running invoices keep theirs). */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser): Promise<PolicySummary[]> {
    const [company, policies] = await Promise.all([
      this.companies.get(user.companyId),
      this.prisma.dunningPolicy.findMany({
        where: { companyId: user.companyId },
        orderBy: { code: 'asc' },
        include: { ...withCustomerCount, versions: true },
      }),
    ]);
    const settings = dunningSettingsOf(company);
    return policies.map((policy) =>
      toPolicySummary(
        policy,
        policy.versions.find((v) => v.version === policy.currentVersion),
        settings,
      ),
    );
  }

  async get(user: AuthUser, id: string, version?: number): Promise<PolicyDetail> {
    const policy = await this.prisma.dunningPolicy.findFirst({
      where: { id, companyId: user.companyId },
      include: { ...withCustomerCount, versions: { orderBy: { version: 'desc' } } },
    });
    if (!policy) {
      throw new NotFoundException(`Dunning policy ${id} not found`);
    }
    const shown = policy.versions.find((v) => v.version === (version ?? policy.currentVersion));
    if (!shown) {
      throw new NotFoundException(`Dunning policy ${policy.code} has no version ${version}`);
    }
    const [company, userNames] = await Promise.all([
      this.companies.get(user.companyId),
      this.authorNames(policy.versions.map((v) => v.createdById)),
    ]);
    return {
      ...toPolicySummary(policy, shown, dunningSettingsOf(company)),
      version: shown.version,
      versions: policy.versions.map((v) => toVersionEntry(v, userNames)),
    };
  }

  async create(user: AuthUser, dto: CreatePolicyDto, origin: RequestOrigin): Promise<PolicyDetail> {
    const steps = this.checkedSteps(dto.steps);
    const taken = await this.prisma.dunningPolicy.findUnique({
      where: { companyId_code: { companyId: user.companyId, code: dto.code } },
    });
    if (taken) {
      throw codeTaken(dto.code);
    }
    try {
      const id = await this.prisma.$transaction(async (tx) => {
        const policy = await tx.dunningPolicy.create({
          data: {
            companyId: user.companyId,
            code: dto.code,
            name: dto.name,
            description: dto.description,
            currentVersion: 1,
            versions: { create: { version: 1, steps: asJson(steps), createdById: user.id } },
          },
        });
        await this.record(tx, user, origin, 'dunning-policy.created', {
          policyId: policy.id,
          code: policy.code,
          version: 1,
        });
        return policy.id;
      });
      return this.get(user, id);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw codeTaken(dto.code);
      }
      throw error;
    }
  }

  /** The version number comes from an atomic increment, so two concurrent edits get two distinct versions. */
  async update(user: AuthUser, id: string, dto: UpdatePolicyDto, origin: RequestOrigin): Promise<PolicyDetail> {
    const existing = await this.prisma.dunningPolicy.findFirst({ where: { id, companyId: user.companyId } });
    if (!existing) {
      throw new NotFoundException(`Dunning policy ${id} not found`);
    }
    const steps = this.checkedSteps(dto.steps);
    await this.prisma.$transaction(async (tx) => {
      const policy = await tx.dunningPolicy.update({
        where: { id },
        data: { name: dto.name, description: dto.description, currentVersion: { increment: 1 } },
      });
      await tx.dunningPolicyVersion.create({
        data: { policyId: id, version: policy.currentVersion, steps: asJson(steps), createdById: user.id },
      });
      await this.record(tx, user, origin, 'dunning-policy.updated', {
        policyId: id,
        code: policy.code,
        version: policy.currentVersion,
      });
    });
    return this.get(user, id);
  }

  private checkedSteps(steps: unknown): DunningStepDefinition[] {
    const messagesDir = path.resolve(this.config.TEMPLATES_DIR, 'messages');
    const errors = validatePolicySteps(steps, (name) => templateExists(messagesDir, name));
    if (errors.length > 0) {
      throw badRequest(errors);
    }
    return normalizedSteps(steps as DunningStepDefinition[]);
  }

  private async authorNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const users = wanted.length
      ? await this.prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, fullName: true } })
      : [];
    return new Map(users.map((u) => [u.id, u.fullName]));
  }

  private record(
    tx: Prisma.TransactionClient,
    user: AuthUser,
    origin: RequestOrigin,
    action: string,
    details: Prisma.InputJsonValue,
  ): Promise<void> {
    return this.audit.recordByUser(user, { action, details, origin }, tx);
  }
}

function codeTaken(code: string): ConflictException {
  return new ConflictException(`A dunning policy with the code ${code} already exists`);
}

const asJson = (steps: DunningStepDefinition[]) => steps as unknown as Prisma.InputJsonValue;
