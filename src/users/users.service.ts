import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { PrismaService } from '../prisma/prisma.service';
import type { ListUsersQuery } from './dto/list-users.query';

/** Only what a select or a label needs: never a password hash. */
export const publicUserSelect = {
  id: true,
  fullName: true,
  email: true,
  role: true,
  managerId: true,
  active: true,
} as const;

@Injectable()
export class UsersService {
  constructor(private readonly prisma: PrismaService) {}

  list(user: AuthUser, query: ListUsersQuery) {
    return this.prisma.user.findMany({
      where: {
        companyId: user.companyId,
        role: query.role?.length ? { in: query.role } : undefined,
        active: query.active,
      },
      select: publicUserSelect,
      orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
    });
  }
}
