import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicUserDto } from '../auth/auth.responses';
import { ApiErrors } from '../common/api-responses';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { ListUsersQuery } from './dto/list-users.query';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({
    summary: "The company's users for selects: [{ id, fullName, email, role, managerId, active }], by name",
  })
  @ApiOkResponse({ type: [PublicUserDto] })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: ListUsersQuery) {
    return this.users.list(user, query);
  }
}
