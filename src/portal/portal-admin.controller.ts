import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTION_ROLES } from '../auth/action-roles';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Origin, Roles, type RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { ApiErrors } from '../common/api-responses';
import { PrismaService } from '../prisma/prisma.service';
import { PortalSettingsDto, RevokedPortalLinksDto } from './portal-admin.dto';
import { PortalLinksService } from './portal-links.service';
import { PortalSettingsService } from './portal-settings.service';

const uuid = new ParseUUIDPipe({ version: '4' });

/** The staff side of the portal: revoke a customer's links, set how long links last and how long a declared payment pauses reminders. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller()
export class PortalAdminController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly links: PortalLinksService,
    private readonly settings: PortalSettingsService,
    private readonly audit: AuditService,
  ) {}

  @Post('customers/:id/portal-links/revoke')
  @HttpCode(200)
  @Roles(...ACTION_ROLES.revokePortalLinks)
  @ApiOperation({
    summary:
      'Revoke every open portal link of the customer (ADV, ADMIN); the customer can ask for a new one with its billing email',
  })
  @ApiOkResponse({ type: RevokedPortalLinksDto })
  @ApiErrors(400, 403, 404)
  async revoke(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<RevokedPortalLinksDto> {
    const customer = await this.prisma.customer.findFirst({
      where: { id, companyId: user.companyId },
      select: { id: true },
    });
    if (!customer) {
      throw new NotFoundException('Customer not found');
    }
    const revoked = await this.links.revokeAll(user.companyId, id);
    await this.audit.recordByUser(user, {
      action: 'portal.links-revoked',
      details: { customerId: id, revoked },
      origin,
    });
    return { revoked };
  }

  @Get('settings/portal')
  @ApiOperation({ summary: 'Customer portal settings: link validity and the reminder pause after a declared payment' })
  @ApiOkResponse({ type: PortalSettingsDto })
  @ApiErrors()
  get(@CurrentUser() user: AuthUser): Promise<PortalSettingsDto> {
    return this.settings.of(user.companyId);
  }

  @Put('settings/portal')
  @Roles(...ACTION_ROLES.settings)
  @ApiOperation({
    summary: 'Replace the customer portal settings; applies to links sent and payments declared afterwards',
  })
  @ApiOkResponse({ type: PortalSettingsDto })
  @ApiErrors(400, 403, 413)
  async update(
    @CurrentUser() user: AuthUser,
    @Body() body: PortalSettingsDto,
    @Origin() origin: RequestOrigin,
  ): Promise<PortalSettingsDto> {
    const settings = await this.settings.update(user.companyId, {
      linkValidityDays: body.linkValidityDays,
      declaredPaymentPauseDays: body.declaredPaymentPauseDays,
    });
    await this.audit.recordByUser(user, { action: 'settings.portal-updated', details: { ...settings }, origin });
    return settings;
  }
}
