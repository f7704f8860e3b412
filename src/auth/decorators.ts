import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '../generated/prisma/enums';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'acquitte:public';
export const ROLES = 'acquitte:roles';

/** No token needed (login, health, docs, tracking pixel). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (ADMIN always may). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<Request & { user: AuthUser }>().user;
});

/** Where a request came from, for the audit trail. */
export interface RequestOrigin {
  ip?: string;
  userAgent?: string;
}

export const Origin = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestOrigin => {
  const request = ctx.switchToHttp().getRequest<Request>();
  return { ip: request.ip, userAgent: request.get('user-agent') ?? undefined };
});
