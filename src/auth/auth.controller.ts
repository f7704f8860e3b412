import { Body, Controller, Get, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiPublicErrors } from '../common/api-responses';
import { RetryAfterFilter } from '../common/retry-after';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser, Origin, Public, type RequestOrigin } from './decorators';
import { LoginResponseDto, SessionDto } from './auth.responses';
import { LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseFilters(RetryAfterFilter)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiPublicErrors(400, 401, 413, 429)
  login(@Body() body: LoginDto, @Origin() origin: RequestOrigin): Promise<LoginResponseDto> {
    return this.auth.login(body.email, body.password, origin);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors()
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
