import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/http-errors';
import { PrismaService } from '../prisma/prisma.service';
import { invoiceWorkflowId } from '../../workflows/invoice.contract';
import type { ImportInvoiceDto } from './dto/import-invoice.dto';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceWorkflowsService } from './invoice-workflows.service';
import { fullyPaid, importedInvoice, importProblems } from './imported-invoice';
import { InvoicesService, type InvoiceDetail } from './invoices.service';
import { centsOf } from '../prisma/money-columns';

/** Migration from another system (seed 000): the unpaid invoice keeps its number and its workflow starts in dunning. */
@Injectable()
export class InvoiceImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly invoices: InvoicesService,
    private readonly workflows: InvoiceWorkflowsService,
  ) {}

  async import(user: AuthUser, dto: ImportInvoiceDto, origin: RequestOrigin): Promise<InvoiceDetail> {
    const problems = importProblems(dto);
    if (problems.length) {
      throw badRequest(problems);
    }
    const customer = await this.prisma.customer.findFirst({ where: { id: dto.customerId, companyId: user.companyId } });
    if (!customer) {
      throw badRequest([{ field: 'customerId', message: 'no such customer in your company' }]);
    }
    if (
      await this.prisma.invoice.findFirst({ where: { companyId: user.companyId, externalNumber: dto.externalNumber } })
    ) {
      throw new ConflictException(`Invoice ${dto.externalNumber} was already imported`);
    }
    const imported = importedInvoice(user, dto);
    if (fullyPaid(imported)) {
      throw new UnprocessableEntityException('Nothing remains due on this invoice: there is nothing to chase');
    }
    const invoice = await this.prisma.$transaction(async (tx) => {
      const created = await this.repository.create(
        {
          ...imported.fields,
          workflowId: null,
          lines: { create: imported.lines },
          payments: imported.alreadyPaid ? { create: imported.alreadyPaid } : undefined,
        },
        tx,
      );
      await this.audit.recordByUser(
        user,
        {
          invoiceId: created.id,
          action: 'invoice.imported',
          details: { externalNumber: dto.externalNumber, alreadyPaidCents: imported.fields.paidCents },
          origin,
        },
        tx,
      );
      return this.repository.setWorkflowId(created.id, invoiceWorkflowId(created.id), tx);
    });
    try {
      await this.workflows.start(
        {
          invoiceId: invoice.id,
          customerId: customer.id,
          customerName: customer.name,
          balanceCents: centsOf(invoice.balanceCents),
          status: 'SENT',
        },
        { invoiceId: invoice.id, start: 'DUNNING' },
      );
    } catch (error) {
      await this.repository.setWorkflowId(invoice.id, null);
      throw error;
    }
    return this.invoices.get(user, invoice.id);
  }
}
