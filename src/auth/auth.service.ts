import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { PrismaService } from '../prisma/prisma.service';
import type { AuthUser } from './auth-user';
import type { LoginResponseDto } from './auth.responses';

export const PASSWORD_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_COST);
}

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string): Promise<LoginResponseDto> {
    const user = await this.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    // Same answer for unknown email and wrong password: no account enumeration.
    if (!user || !user.active || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedException('Wrong email or password');
    }
    const claims: AuthUser = { id: user.id, companyId: user.companyId, email: user.email, fullName: user.fullName, role: user.role };
    return { accessToken: await this.jwt.signAsync(claims), user: claims };
  }
}
