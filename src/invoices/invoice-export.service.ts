import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import { CompaniesService } from '../companies/companies.service';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { localDate } from '../dunning/calendar';
import { PrismaService } from '../prisma/prisma.service';
import type { ExportFormat, ExportInvoicesQuery } from './dto/export-invoices.query';
import { invoiceCsv, invoiceXlsx, type InvoiceBatches } from './invoice-export-writers';
import { listOrder, listWhere } from './invoice-filters';
import { invoiceSummarySelect, toInvoiceSummary } from './invoice-view';

export interface InvoiceExportFile {
  name: string;
  contentType: string;
  content: Readable;
}

const BATCH_ROWS = 1_000;
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The invoice list with the filters and sort of `GET /invoices`, every match, streamed as CSV or XLSX. */
@Injectable()
export class InvoiceExportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async export(user: AuthUser, query: ExportInvoicesQuery): Promise<InvoiceExportFile> {
    const timezone = await this.companies.timezone(user.companyId);
    const now = new Date();
    const where = listWhere(user, query, new Date(localDate(now, timezone)), this.prisma.invoice.fields);
    const max = this.config.INVOICE_EXPORT_MAX_ROWS;
    // Counting stops past the limit: a refused export costs no more than the limit.
    const matches = await this.prisma.invoice.count({ where, take: max + 1 });
    if (matches > max) {
      throw new UnprocessableEntityException(
        `An export holds at most ${max} invoices and more match these filters: narrow them (status, dates, customer)`,
      );
    }
    const batches = this.batches({ where, orderBy: listOrder(query) }, matches, (row) =>
      toInvoiceSummary(row, now, timezone),
    );
    const day = localDate(now, timezone);
    return {
      name: `factures-${day}.${query.format}`,
      contentType: CONTENT_TYPES[query.format],
      content: query.format === 'csv' ? invoiceCsv(batches) : invoiceXlsx(batches),
    };
  }

  // Pages of the counted matches only, so rows created during the download cannot push it past the limit.
  private async *batches(
    query: { where: Prisma.InvoiceWhereInput; orderBy: Prisma.InvoiceOrderByWithRelationInput[] },
    matches: number,
    view: (
      row: Prisma.InvoiceGetPayload<{ select: typeof invoiceSummarySelect }>,
    ) => ReturnType<typeof toInvoiceSummary>,
  ): InvoiceBatches {
    for (let skip = 0; skip < matches; skip += BATCH_ROWS) {
      const rows = await this.prisma.invoice.findMany({
        ...query,
        select: invoiceSummarySelect,
        skip,
        take: Math.min(BATCH_ROWS, matches - skip),
      });
      yield rows.map(view);
    }
  }
}
