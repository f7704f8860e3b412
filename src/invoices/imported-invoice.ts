import type { AuthUser } from '../auth/auth-user';
import type { FieldError } from '../common/http-errors';
import type { ImportInvoiceDto } from './dto/import-invoice.dto';
import { priceLines } from './invoices.service';

/** An imported invoice as rows: the invoice's own columns, its priced lines and what the old system already received. */
export interface ImportedInvoice {
  fields: {
    companyId: string;
    customerId: string;
    createdById: string;
    externalNumber: string;
    imported: true;
    phase: 'SENT';
    operationCategory: ImportInvoiceDto['operationCategory'];
    customerReference?: string;
    notes?: string;
    saleDate: Date;
    issueDate: Date;
    dueDate: Date;
    sentAt: Date;
    paymentTermsDays: number;
    paidCents: number;
    balanceCents: number;
  } & ReturnType<typeof priceLines>['totals'];
  lines: ReturnType<typeof priceLines>['rows'];
  alreadyPaid?: { amountCents: number; paidAt: Date; method: 'OTHER'; reference: string; requestId: string };
}

/** What makes an import unacceptable, by field (empty when it is fine); `prefix` names the item in a batch. */
export function importProblems(dto: ImportInvoiceDto, prefix = ''): FieldError[] {
  if (dto.dueDate < dto.issueDate) {
    return [{ field: `${prefix}dueDate`, message: 'must be on or after issueDate' }];
  }
  return [];
}

export function importedInvoice(user: AuthUser, dto: ImportInvoiceDto): ImportedInvoice {
  const priced = priceLines(dto.lines);
  const paid = dto.alreadyPaidCents ?? 0;
  const issueDate = new Date(dto.issueDate);
  return {
    fields: {
      companyId: user.companyId,
      customerId: dto.customerId,
      createdById: user.id,
      externalNumber: dto.externalNumber,
      imported: true,
      phase: 'SENT',
      operationCategory: dto.operationCategory,
      customerReference: dto.customerReference,
      notes: dto.notes,
      saleDate: issueDate,
      issueDate,
      dueDate: new Date(dto.dueDate),
      sentAt: issueDate,
      paymentTermsDays: Math.round((Date.parse(dto.dueDate) - Date.parse(dto.issueDate)) / 86_400_000),
      ...priced.totals,
      paidCents: paid,
      balanceCents: priced.totals.totalInclTaxCents - paid,
    },
    lines: priced.rows,
    alreadyPaid: paid
      ? {
          amountCents: paid,
          paidAt: issueDate,
          method: 'OTHER',
          reference: "Déjà réglé dans l'ancien système",
          requestId: `import:${dto.externalNumber}:${user.companyId}`,
        }
      : undefined,
  };
}

/** Nothing to chase: the old system already received the whole amount. */
export const fullyPaid = (invoice: ImportedInvoice): boolean => invoice.fields.balanceCents <= 0;
