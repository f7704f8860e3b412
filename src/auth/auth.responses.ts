// What the auth routes answer: declared once, for OpenAPI and the UI.
import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../generated/prisma/enums';

/** Who is calling, as carried by the bearer token. */
export class AuthUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  companyId!: string;

  @ApiProperty({ example: 'adv@demo.test' })
  email!: string;

  @ApiProperty()
  fullName!: string;

  @ApiProperty({ enum: Role })
  role!: Role;
}

/** GET /auth/me: the token's claims, with its issue and expiry instants (seconds since the epoch). */
export class SessionDto extends AuthUserDto {
  @ApiProperty({ type: 'integer', required: false })
  iat?: number;

  @ApiProperty({ type: 'integer', required: false })
  exp?: number;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send it as "Authorization: Bearer <token>"' })
  accessToken!: string;

  @ApiProperty({ type: AuthUserDto })
  user!: AuthUserDto;
}

export class PublicUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fullName!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: Role })
  role!: Role;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  managerId!: string | null;

  @ApiProperty()
  active!: boolean;
}
