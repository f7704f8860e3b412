import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../common/api-responses';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { EInvoicingService } from './einvoicing.service';

@ApiTags('invoices')
@ApiBearerAuth()
@Controller()
export class EInvoicingController {
  constructor(private readonly einvoicing: EInvoicingService) {}

  @Get('invoices/:id/factur-x.xml')
  @ApiProduces('application/xml')
  @ApiOperation({
    summary:
      'The Factur-X XML alone (UN/CEFACT CII, profile EN 16931) of an issued invoice, for platforms that take CII',
  })
  @ApiOkResponse({ description: 'factur-x.xml, UTF-8', content: { 'application/xml': { schema: { type: 'string' } } } })
  @ApiErrors(400, 404, 422)
  async facturXml(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { number, xml } = await this.einvoicing.invoiceXml(user, id);
    res.set({
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${number}-factur-x.xml"`,
    });
    return xml;
  }
}
