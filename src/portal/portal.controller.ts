import crypto from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Origin, Public, type RequestOrigin } from '../auth/decorators';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import { localDate } from '../dunning/calendar';
import { PortalActionsService } from './portal-actions.service';
import { PortalErrorFilter } from './portal-error.filter';
import type { PortalForm } from './portal-forms';
import { clearPortalCookie, setPortalCookie, type PortalRequest } from './portal-http';
import { PortalLinkRequestsService } from './portal-link-requests.service';
import { PortalLinksService, type PortalSession } from './portal-links.service';
import {
  invoicePage,
  invoicesPage,
  LINK_SENT_MESSAGE,
  linkRequestPage,
  linkSentPage,
  NOTICES,
  type NoticeKey,
} from './portal-pages';
import { NoPortalSession, PortalGuard } from './portal.guard';
import { PortalService } from './portal.service';

const session = (request: PortalRequest): PortalSession => request.portal!;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/;

/**
 * The customer portal: server-rendered French pages (no SPA to build or keep in step with the admin UI), public for
 * the staff guard and opened only by a portal link, which moves from the URL into an HttpOnly cookie on first visit.
 */
@ApiExcludeController()
@Public()
@UseGuards(PortalGuard)
@UseFilters(PortalErrorFilter)
@Controller('portal')
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly actions: PortalActionsService,
    private readonly links: PortalLinksService,
    private readonly linkRequests: PortalLinkRequestsService,
    private readonly companies: CompaniesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('t/:token')
  @NoPortalSession()
  async open(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const opened = await this.links.open(token);
    if (!opened) {
      return void response
        .status(401)
        .type('html')
        .send(
          linkRequestPage(
            'Ce lien n’est plus valable (il a expiré ou a été révoqué). Saisissez votre adresse e-mail de facturation pour en recevoir un nouveau.',
          ),
        );
    }
    setPortalCookie(response, opened, this.secure);
    response.redirect(303, '/portal');
  }

  @Get()
  async invoices(@Req() request: PortalRequest): Promise<string> {
    return invoicesPage(await this.portal.overview(session(request)));
  }

  @Get('invoices/:id')
  async invoice(@Req() request: PortalRequest, @Param('id') id: string, @Query('done') done?: string): Promise<string> {
    const detail = await this.portal.invoice(session(request), id);
    const notice = done && done in NOTICES ? (done as NoticeKey) : undefined;
    return invoicePage(detail, { requestId: crypto.randomUUID(), today: await this.today(session(request)), notice });
  }

  @Get('documents/:id/download')
  async download(@Req() request: PortalRequest, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { fileName, content } = await this.portal.document(session(request), id);
    response.type('application/pdf').attachment(fileName).send(content);
  }

  @Post('invoices/:id/payment-declaration')
  async declarePayment(
    @Req() request: PortalRequest,
    @Param('id') id: string,
    @Body() form: PortalForm,
    @Origin() origin: RequestOrigin,
    @Res() response: Response,
  ): Promise<void> {
    await this.actions.declarePayment(session(request), id, form ?? {}, origin);
    response.redirect(303, `/portal/invoices/${encodeURIComponent(id)}?done=payment`);
  }

  @Post('invoices/:id/dispute')
  async dispute(
    @Req() request: PortalRequest,
    @Param('id') id: string,
    @Body() form: PortalForm,
    @Origin() origin: RequestOrigin,
    @Res() response: Response,
  ): Promise<void> {
    await this.actions.dispute(session(request), id, form ?? {}, origin);
    response.redirect(303, `/portal/invoices/${encodeURIComponent(id)}?done=dispute`);
  }

  @Post('invoices/:id/payment-plan-request')
  async requestPlan(
    @Req() request: PortalRequest,
    @Param('id') id: string,
    @Body() form: PortalForm,
    @Origin() origin: RequestOrigin,
    @Res() response: Response,
  ): Promise<void> {
    await this.actions.requestPlan(session(request), id, form ?? {}, origin);
    response.redirect(303, `/portal/invoices/${encodeURIComponent(id)}?done=plan`);
  }

  @Get('link')
  @NoPortalSession()
  linkForm(): string {
    return linkRequestPage();
  }

  /** Same answer (202) whether or not the address is known; HTML for the form, JSON for an API client. */
  @Post('link')
  @NoPortalSession()
  @HttpCode(202)
  async requestLink(@Req() request: PortalRequest, @Body() form: PortalForm, @Res() response: Response): Promise<void> {
    const email = typeof form?.email === 'string' ? form.email.trim() : '';
    if (!EMAIL.test(email)) {
      throw badRequest([
        { field: 'email', message: 'adresse e-mail de facturation, par exemple compta@entreprise.fr' },
      ]);
    }
    await this.linkRequests.request(email, request.ip);
    if (request.accepts(['html', 'json']) === 'json') {
      return void response.status(202).json({ message: LINK_SENT_MESSAGE });
    }
    response.status(202).type('html').send(linkSentPage());
  }

  @Post('logout')
  @NoPortalSession()
  logout(@Res() response: Response): void {
    clearPortalCookie(response, this.secure);
    response.redirect(303, '/portal/link');
  }

  private get secure(): boolean {
    return this.config.PUBLIC_URL.startsWith('https:');
  }

  private async today(portal: PortalSession): Promise<string> {
    return localDate(new Date(), await this.companies.timezone(portal.companyId));
  }
}
