import crypto from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { RequestOrigin } from '../auth/decorators';
import { AuditService } from '../audit/audit.service';
import { mapBounded } from '../common/bounded-pool';
import { badRequest, type FieldError } from '../common/http-errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { withCents } from '../prisma/money-columns';
import { PrismaService } from '../prisma/prisma.service';
import { invoiceWorkflowId } from '../../workflows/invoice.contract';
import type { ImportBatchDto, ImportBatchResultDto } from './dto/import-batch.dto';
import { fullyPaid, importedInvoice, importProblems, type ImportedInvoice } from './imported-invoice';
import { InvoiceRepository } from './invoice.repository';
import { InvoiceWorkflowsService } from './invoice-workflows.service';

type Customers = Map<string, { id: string; name: string }>;
interface Stored {
  id: string;
  externalNumber: string | null;
  customerId: string;
  balanceCents: number;
  workflowId: string | null;
}

/**
 * A page of a ledger (up to 1,000 invoices) imported in a few queries, their workflows started with a bounded pool
 * on the bulk task queue. Re-sending a page creates nothing and starts nothing twice.
 */
@Injectable()
export class InvoiceBulkImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: InvoiceRepository,
    private readonly audit: AuditService,
    private readonly workflows: InvoiceWorkflowsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async importBatch(user: AuthUser, dto: ImportBatchDto, origin: RequestOrigin): Promise<ImportBatchResultDto> {
    const customers = await this.customersOf(user, dto);
    const page = this.validated(user, dto, customers);
    const created = await this.insertNew(user, page, origin);
    const stored = withCents(
      await this.prisma.invoice.findMany({
        where: {
          companyId: user.companyId,
          imported: true,
          externalNumber: { in: page.map((p) => p.fields.externalNumber) },
        },
        select: { id: true, externalNumber: true, customerId: true, balanceCents: true, workflowId: true },
      }),
    );
    const started = await mapBounded(stored, this.config.IMPORT_START_CONCURRENCY, (invoice) =>
      this.startOnce(invoice, customers),
    );
    return {
      received: page.length,
      created,
      workflowsStarted: started.filter(Boolean).length,
      ids: Object.fromEntries(stored.map((invoice) => [invoice.externalNumber!, invoice.id])),
    };
  }

  private async customersOf(user: AuthUser, dto: ImportBatchDto): Promise<Customers> {
    const ids = [...new Set(dto.invoices.map((invoice) => invoice.customerId))];
    const rows = await this.prisma.customer.findMany({
      where: { id: { in: ids }, companyId: user.companyId },
      select: { id: true, name: true },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Every item's problems in one 400, each field named by its position ("invoices.3.dueDate"). */
  private validated(user: AuthUser, dto: ImportBatchDto, customers: Customers): ImportedInvoice[] {
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    const page = dto.invoices.map((item, i) => {
      const prefix = `invoices.${i}.`;
      problems.push(...importProblems(item, prefix));
      if (!customers.has(item.customerId)) {
        problems.push({ field: `${prefix}customerId`, message: 'no such customer in your company' });
      }
      if (seen.has(item.externalNumber)) {
        problems.push({
          field: `${prefix}externalNumber`,
          message: `${item.externalNumber} appears twice in this page`,
        });
      }
      seen.add(item.externalNumber);
      const imported = importedInvoice(user, item);
      if (fullyPaid(imported)) {
        problems.push({
          field: `${prefix}alreadyPaidCents`,
          message: 'must be less than the total: nothing would remain to chase',
        });
      }
      return imported;
    });
    if (problems.length) {
      throw badRequest(problems);
    }
    return page;
  }

  /** One transaction, one INSERT per table; numbers already imported (even concurrently) are skipped by the unique index. */
  private async insertNew(user: AuthUser, page: ImportedInvoice[], origin: RequestOrigin): Promise<number> {
    const withIds = page.map((imported) => ({ id: crypto.randomUUID(), imported }));
    return this.prisma.$transaction(
      async (tx) => {
        const inserted = await this.repository.insertPage(
          withIds.map(({ id, imported }) => ({ ...imported.fields, id, workflowId: invoiceWorkflowId(id) })),
          tx,
        );
        const fresh = new Set(inserted);
        const created = withIds.filter(({ id }) => fresh.has(id));
        await this.repository.insertLines(
          created.flatMap(({ id, imported }) => imported.lines.map((line) => ({ ...line, invoiceId: id }))),
          tx,
        );
        await tx.payment.createMany({
          data: created.flatMap(({ id, imported }) =>
            imported.alreadyPaid ? [{ ...imported.alreadyPaid, invoiceId: id }] : [],
          ),
        });
        await this.audit.recordMany(
          created.map(({ id, imported }) => ({
            companyId: user.companyId,
            invoiceId: id,
            actorId: user.id,
            actorLabel: user.fullName,
            action: 'invoice.imported',
            details: {
              externalNumber: imported.fields.externalNumber,
              alreadyPaidCents: imported.fields.paidCents,
              bulk: true,
            },
            origin,
          })),
          tx,
        );
        return created.length;
        // A 1,000-invoice page is four INSERTs, but a loaded machine can take longer than Prisma's default 5 s.
      },
      { timeout: 60_000 },
    );
  }

  /** Starts the invoice's workflow unless it already exists (running, or ended: the ID is never reused). */
  private async startOnce(invoice: Stored, customers: Customers): Promise<boolean> {
    const customer = customers.get(invoice.customerId);
    try {
      await this.workflows.start(
        {
          invoiceId: invoice.id,
          customerId: invoice.customerId,
          customerName: customer?.name ?? '',
          balanceCents: invoice.balanceCents,
          status: 'SENT',
        },
        { invoiceId: invoice.id, start: 'DUNNING' },
        this.config.bulkTaskQueue,
      );
      // Left unset by a single import whose start failed: the invoice now has its workflow.
      if (!invoice.workflowId) {
        await this.repository.setWorkflowId(invoice.id, invoiceWorkflowId(invoice.id));
      }
      return true;
    } catch (error) {
      if (error instanceof ConflictException) {
        return false;
      }
      throw error;
    }
  }
}
