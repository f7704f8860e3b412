import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerCardDto, CustomerPageDto } from './customer.responses';
import { ApiErrors } from '../common/api-responses';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { CustomerCardService } from './customer-card.service';
import { CustomerListService } from './customer-list.service';
import { CustomersService } from './customers.service';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { ListCustomersQuery } from './dto/list-customers.query';
import { UpdateCustomerDto } from './dto/update-customer.dto';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly directory: CustomerListService,
    private readonly cards: CustomerCardService,
  ) {}

  @Post()
  @Roles(...ACTION_ROLES.createCustomer)
  @ApiOperation({
    summary:
      'Create a customer; a profile other than NEW or an explicit dunning policy needs MANAGER, FINANCE_DIRECTOR, DIRECTOR or ADMIN',
  })
  @ApiCreatedResponse({ type: CustomerCardDto })
  @ApiErrors(400, 403, 404, 413, 422)
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateCustomerDto, @Origin() origin: RequestOrigin) {
    return this.cards.get(user, await this.customers.create(user, body, origin));
  }

  @Get()
  @ApiOperation({
    summary: 'List customers with their outstanding and overdue amounts and badges ({ data, total, page, perPage })',
  })
  @ApiOkResponse({ type: CustomerPageDto })
  @ApiErrors(400)
  list(@CurrentUser() user: AuthUser, @Query() query: ListCustomersQuery) {
    return this.directory.list(user, query);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'The customer card: contacts, profile, owner, effective dunning policy and a summary of open invoices, payments and lateness',
  })
  @ApiOkResponse({ type: CustomerCardDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string) {
    return this.cards.get(user, id);
  }

  // FINANCE_DIRECTOR edits too: it is one of the roles that may change a profile or a dunning policy.
  @Patch(':id')
  @Roles(...ACTION_ROLES.editCustomer)
  @ApiOperation({
    summary: 'Edit a customer; changing profile or dunningPolicyId needs MANAGER, FINANCE_DIRECTOR, DIRECTOR or ADMIN',
  })
  @ApiOkResponse({ type: CustomerCardDto })
  @ApiErrors(400, 403, 404, 409, 413, 422)
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateCustomerDto,
    @Origin() origin: RequestOrigin,
  ) {
    await this.customers.update(user, id, body, origin);
    return this.cards.get(user, id);
  }
}
