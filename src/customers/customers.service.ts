import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Customer, Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest, type FieldError } from '../common/http-errors';
import { PrismaService } from '../prisma/prisma.service';
import type { CreateCustomerDto } from './dto/create-customer.dto';
import type { UpdateCustomerDto } from './dto/update-customer.dto';
import {
  changesOf,
  DUNNING_DECIDERS,
  DUNNING_FIELDS,
  identityErrors,
  mayChooseDunning,
  nullRequiredFieldErrors,
  type FieldChanges,
} from './customer-rules';

/** Creating and editing customers; every change is audited with the fields it touched. */
@Injectable()
export class CustomersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, dto: CreateCustomerDto, origin: RequestOrigin): Promise<string> {
    const given = Object.keys(dto).filter((field) => dto[field as keyof CreateCustomerDto] != null);
    const data = {
      ...dto,
      isBusiness: dto.isBusiness ?? true,
      profile: dto.profile ?? 'NEW',
      country: dto.country ?? 'FR',
      ownerId: dto.ownerId ?? defaultOwnerId(user),
    };
    const identity = {
      ...data,
      siren: data.siren ?? null,
      siret: data.siret ?? null,
      vatNumber: data.vatNumber ?? null,
    };
    throwIfAny(identityErrors(identity, new Set([...given, 'isBusiness', 'country'])));
    this.assertMayChooseDunning(user, !!dto.dunningPolicyId || data.profile !== 'NEW');
    await this.checkReferences(user.companyId, dto);
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.customer.create({ data: { ...data, companyId: user.companyId } });
      await this.record(tx, user, origin, 'customer.created', {
        customerId: created.id,
        name: created.name,
        fields: given,
      });
      return created.id;
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateCustomerDto, origin: RequestOrigin): Promise<void> {
    const current = await this.findOwned(user, id);
    throwIfAny(nullRequiredFieldErrors(dto as Record<string, unknown>));
    const changes = changesOf(current, dto as Record<string, unknown>);
    const changed = new Set(Object.keys(changes));
    if (changed.size === 0) {
      return;
    }
    const next = {
      ...current,
      ...(Object.fromEntries(
        Object.entries(changes).map(([field, change]) => [field, change.to]),
      ) as Partial<Customer>),
    };
    throwIfAny(identityErrors(next, changed));
    this.assertMayChooseDunning(
      user,
      DUNNING_FIELDS.some((f) => changed.has(f)),
    );
    await this.checkReferences(
      user.companyId,
      { ownerId: next.ownerId, dunningPolicyId: next.dunningPolicyId },
      changed,
    );
    await this.prisma.$transaction(async (tx) => {
      await tx.customer.update({ where: { id }, data: patchData(changes) });
      await this.record(tx, user, origin, 'customer.updated', {
        customerId: id,
        fields: [...changed],
        changes: changes as Prisma.InputJsonValue,
      });
    });
  }

  /** The customer if it belongs to the caller's company, else 404 (never reveal other companies' ids). */
  async findOwned(user: AuthUser, id: string): Promise<Customer> {
    const customer = await this.prisma.customer.findFirst({ where: { id, companyId: user.companyId } });
    if (!customer) {
      throw new NotFoundException(`Customer ${id} not found`);
    }
    return customer;
  }

  private assertMayChooseDunning(user: AuthUser, choosing: boolean): void {
    if (choosing && !mayChooseDunning(user.role)) {
      throw new ForbiddenException(
        `Choosing a customer's profile or dunning policy needs one of the roles ${DUNNING_DECIDERS.join(', ')}; you are ${user.role}`,
      );
    }
  }

  /** The owner must be an active user and the policy one of the caller's company (400: they are body fields). */
  private async checkReferences(
    companyId: string,
    refs: { ownerId?: string | null; dunningPolicyId?: string | null },
    only?: ReadonlySet<string>,
  ): Promise<void> {
    const wanted = (field: 'ownerId' | 'dunningPolicyId') => (!only || only.has(field)) && refs[field];
    const [owner, policy] = await Promise.all([
      wanted('ownerId') ? this.prisma.user.findFirst({ where: { id: refs.ownerId!, companyId, active: true } }) : true,
      wanted('dunningPolicyId')
        ? this.prisma.dunningPolicy.findFirst({ where: { id: refs.dunningPolicyId!, companyId } })
        : true,
    ]);
    const errors: FieldError[] = [];
    if (!owner) {
      errors.push({ field: 'ownerId', message: 'must be an active user of your company' });
    }
    if (!policy) {
      errors.push({ field: 'dunningPolicyId', message: 'no such dunning policy in your company' });
    }
    throwIfAny(errors);
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

/** A sales rep creating a customer becomes its account owner unless another owner is named. */
function defaultOwnerId(user: AuthUser): string | undefined {
  return user.role === 'SALES' ? user.id : undefined;
}

function patchData(changes: FieldChanges): Prisma.CustomerUncheckedUpdateInput {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [field, change.to]),
  ) as Prisma.CustomerUncheckedUpdateInput;
}

function throwIfAny(errors: FieldError[]): void {
  if (errors.length) {
    throw badRequest(errors);
  }
}
