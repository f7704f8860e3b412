import { Body, Controller, Get, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RetryAfterFilter } from '../common/retry-after';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser, Origin, Public, type RequestOrigin } from './decorators';
import { LoginDto, LoginResponseDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseFilters(RetryAfterFilter)
  @ApiTooManyRequestsResponse({
    description: 'Too many failed logins for this account or from this IP',
    headers: { 'Retry-After': { description: 'Seconds until a new attempt is allowed', schema: { type: 'integer' } } },
  })
  login(@Body() body: LoginDto, @Origin() origin: RequestOrigin): Promise<LoginResponseDto> {
    return this.auth.login(body.email, body.password, origin);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
