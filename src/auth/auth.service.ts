import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { PrismaService } from '../prisma/prisma.service';
import type { AuthUser } from './auth-user';
import type { LoginResponseDto } from './auth.responses';
import type { RequestOrigin } from './decorators';
import { LoginThrottleService } from './login-throttle.service';

export const PASSWORD_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_COST);
}

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login(rawEmail: string, password: string, origin: RequestOrigin): Promise<LoginResponseDto> {
    const email = rawEmail.toLowerCase();
    await this.throttle.assertAllowed(email, origin);
    const user = await this.prisma.user.findUnique({ where: { email } });
    // Same answer for unknown email and wrong password: no account enumeration.
    if (!user || !user.active || !(await bcrypt.compare(password, user.passwordHash))) {
      await this.throttle.recordFailure(email, origin, user);
      throw new UnauthorizedException('Wrong email or password');
    }
    await this.throttle.clearAccount(email);
    const claims: AuthUser = {
      id: user.id,
      companyId: user.companyId,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
    };
    return { accessToken: await this.jwt.signAsync(claims), user: claims };
  }
}
