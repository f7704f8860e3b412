import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PolicyDetailDto, PolicySummaryDto } from './policy.responses';
import { ApiErrors } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyVersionQuery } from './dto/policy-version.query';
import { UpdatePolicyDto } from './dto/update-policy.dto';
import { PoliciesService } from './policies.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('dunning-policies')
@ApiBearerAuth()
@Controller('dunning-policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @ApiOperation({
    summary: "The company's dunning policies: current version, its steps, and the customer profiles mapped to each",
  })
  @ApiOkResponse({ type: [PolicySummaryDto] })
  @ApiErrors()
  list(@CurrentUser() user: AuthUser) {
    return this.policies.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One policy with the steps of its current version (or ?version=N) and its version history' })
  @ApiOkResponse({ type: PolicyDetailDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Query() query: PolicyVersionQuery) {
    return this.policies.get(user, id, query.version);
  }

  @Post()
  @Roles(...ACTION_ROLES.policies)
  @ApiOperation({ summary: 'Create a policy (version 1); 409 if the code exists, 400 naming each invalid step field' })
  @ApiCreatedResponse({ type: PolicyDetailDto })
  @ApiErrors(400, 403, 409, 413, 422)
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePolicyDto, @Origin() origin: RequestOrigin) {
    return this.policies.create(user, body, origin);
  }

  @Put(':id')
  @Roles(...ACTION_ROLES.policies)
  @ApiOperation({
    summary: 'Edit a policy: saves a new version and makes it current; invoices already in dunning keep theirs',
  })
  @ApiOkResponse({ type: PolicyDetailDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdatePolicyDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.policies.update(user, id, body, origin);
  }
}
