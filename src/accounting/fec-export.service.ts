import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { isoDate } from '../common/calendar-date';
import { badRequest } from '../common/http-errors';
import type { VatBucket } from '../common/money';
import { CompaniesService } from '../companies/companies.service';
import { companyTimeZone } from '../companies/company-settings';
import { centsOf } from '../prisma/money-columns';
import { PrismaService } from '../prisma/prisma.service';
import { accountingSettingsOf } from './accounting-settings';
import { buildLedger, type CustomerAccount, type FecLine, type PaymentRecord, type SaleDocument } from './fec-entries';
import { fecFileName, formatFec, type FecEncoding } from './fec-file';
import { fiscalYear, localDay, withinYear, type FiscalYear } from './fiscal-year';

export interface FecFile {
  name: string;
  content: Buffer;
  encoding: FecEncoding;
}

export interface YearLedger {
  siren: string;
  period: FiscalYear;
  lines: FecLine[];
}

const DAY_MS = 86_400_000;

/** The FEC of one accounting year: sales journal from issued invoices and credit notes, bank journal from payments. */
@Injectable()
export class FecExportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
  ) {}

  async export(user: AuthUser, year: number, encoding: FecEncoding = 'utf-8'): Promise<FecFile> {
    const { siren, period, lines } = await this.ledger(user, year);
    return { name: fecFileName(siren, period.end), content: formatFec(lines, encoding), encoding };
  }

  /** The year's journal lines, which the FEC and every accounting-software layout write; 400 for a year not started. */
  async ledger(user: AuthUser, year: number): Promise<YearLedger> {
    const company = await this.companies.get(user.companyId);
    const settings = accountingSettingsOf(company);
    const timezone = companyTimeZone(company);
    const period = fiscalYear(year, settings.fiscalYearStartMonth);
    if (period.start > localDay(new Date(), timezone)) {
      throw badRequest([{ field: 'year', message: `the accounting year ${year} has not started yet` }]);
    }
    const [documents, payments] = await Promise.all([
      this.saleDocuments(company.id, period),
      this.payments(company.id, period, timezone),
    ]);
    const settledOn = await this.settlements(company.id, period, timezone, [
      ...documents.map((d) => d.invoiceNumber),
      ...payments.map((p) => p.invoiceNumber),
    ]);
    return { siren: company.siren, period, lines: buildLedger({ documents, payments, settledOn }, settings) };
  }

  private async saleDocuments(companyId: string, period: FiscalYear): Promise<SaleDocument[]> {
    const issueDate = { gte: new Date(period.start), lte: new Date(period.end) };
    const customer = { select: { id: true, name: true } };
    const [invoices, creditNotes] = await Promise.all([
      this.prisma.invoice.findMany({
        where: { companyId, imported: false, number: { not: null }, issueDate },
        select: {
          number: true,
          issueDate: true,
          operationCategory: true,
          vatBreakdown: true,
          totalInclTaxCents: true,
          customer,
        },
      }),
      this.prisma.creditNote.findMany({
        where: { companyId, issueDate },
        select: {
          number: true,
          issueDate: true,
          vatBreakdown: true,
          totalInclTaxCents: true,
          invoice: { select: { number: true, externalNumber: true, operationCategory: true, customer } },
        },
      }),
    ]);
    return [
      ...invoices.map((i): SaleDocument => ({
        kind: 'INVOICE',
        number: i.number!,
        invoiceNumber: i.number!,
        day: isoDate(i.issueDate!),
        customer: customerAccount(i.customer),
        category: i.operationCategory,
        vatBreakdown: i.vatBreakdown as unknown as VatBucket[],
        totalInclTaxCents: centsOf(i.totalInclTaxCents),
      })),
      ...creditNotes.map((c): SaleDocument => ({
        kind: 'CREDIT_NOTE',
        number: c.number,
        invoiceNumber: invoiceNumberOf(c.invoice),
        day: isoDate(c.issueDate),
        customer: customerAccount(c.invoice.customer),
        category: c.invoice.operationCategory,
        vatBreakdown: c.vatBreakdown as unknown as VatBucket[],
        totalInclTaxCents: centsOf(c.totalInclTaxCents),
      })),
    ];
  }

  // Payments are instants: the day that counts is the company's local day; a day of margin covers every time zone.
  private async payments(companyId: string, period: FiscalYear, timezone: string): Promise<PaymentRecord[]> {
    const around = {
      gte: new Date(Date.parse(period.start) - DAY_MS),
      lt: new Date(Date.parse(period.end) + 2 * DAY_MS),
    };
    const invoice = {
      select: { number: true, externalNumber: true, customer: { select: { id: true, name: true } } },
    } as const;
    const [live, reversals] = await Promise.all([
      this.prisma.payment.findMany({
        where: { invoice: { companyId }, paidAt: around },
        select: { id: true, amountCents: true, paidAt: true, invoice },
      }),
      this.prisma.paymentReversal.findMany({
        where: { invoice: { companyId }, OR: [{ paidAt: around }, { cancelledAt: around }] },
        select: { id: true, paymentId: true, amountCents: true, paidAt: true, cancelledAt: true, invoice },
      }),
    ]);
    const record = (id: string, at: Date, row: (typeof live)[number], undo?: PaymentRecord['undo']): PaymentRecord => ({
      id,
      amountCents: centsOf(row.amountCents),
      day: localDay(at, timezone),
      invoiceNumber: invoiceNumberOf(row.invoice),
      customer: customerAccount(row.invoice.customer),
      ...(undo ? { undo } : {}),
    });
    return [
      ...live.map((p) => record(p.id, p.paidAt, p)),
      ...reversals.flatMap((r) => [
        record(r.paymentId, r.paidAt, r, 'CANCELLED'),
        record(r.id, r.cancelledAt, r, 'REVERSAL'),
      ]),
    ].filter((p) => withinYear(p.day, period));
  }

  private async settlements(
    companyId: string,
    period: FiscalYear,
    timezone: string,
    numbers: string[],
  ): Promise<Map<string, string>> {
    const unique = [...new Set(numbers)];
    const rows = await this.prisma.invoice.findMany({
      where: {
        companyId,
        settledAt: { not: null },
        OR: [{ number: { in: unique } }, { externalNumber: { in: unique } }],
      },
      select: { number: true, externalNumber: true, settledAt: true },
    });
    const settled = rows
      .map((r) => [invoiceNumberOf(r), localDay(r.settledAt!, timezone)] as const)
      .filter(([, day]) => day <= period.end);
    return new Map(settled);
  }
}

const invoiceNumberOf = (invoice: { number: string | null; externalNumber: string | null }): string =>
  invoice.number ?? invoice.externalNumber ?? '';

/** Each customer's auxiliary account: a stable code derived from its id (Acquitte has no customer codes of its own). */
export function customerAccount(customer: { id: string; name: string }): CustomerAccount {
  return { auxiliaryNumber: `C${customer.id.replaceAll('-', '').slice(0, 8).toUpperCase()}`, name: customer.name };
}
