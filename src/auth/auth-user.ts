import type { Role } from '../generated/prisma/enums';

/** Who is calling, as carried by the bearer token. */
export interface AuthUser {
  id: string;
  companyId: string;
  email: string;
  fullName: string;
  role: Role;
}
