import type { InvoiceSummaryDto } from './invoice.responses';

type Of<T> = (invoice: InvoiceSummaryDto) => T;

/** A column of the invoice list export, typed so a spreadsheet gets numbers and dates, not text. */
export type InvoiceExportColumn = { header: string; width: number } & (
  | { type: 'text'; value: Of<string | null> }
  | { type: 'euros'; value: Of<number> }
  | { type: 'date'; value: Of<string | null> }
  | { type: 'integer'; value: Of<number | null> }
);

export const INVOICE_EXPORT_COLUMNS: InvoiceExportColumn[] = [
  { header: 'Numéro', width: 18, type: 'text', value: (i) => i.number },
  { header: 'Client', width: 32, type: 'text', value: (i) => i.customer.name },
  { header: 'Statut', width: 24, type: 'text', value: (i) => i.status.label },
  { header: "Date d'émission", width: 14, type: 'date', value: (i) => i.issueDate },
  { header: 'Échéance', width: 14, type: 'date', value: (i) => i.dueDate },
  { header: 'Total HT', width: 14, type: 'euros', value: (i) => i.totalExclTaxCents },
  { header: 'TVA', width: 12, type: 'euros', value: (i) => i.totalTaxCents },
  { header: 'Total TTC', width: 14, type: 'euros', value: (i) => i.totalInclTaxCents },
  { header: 'Payé', width: 14, type: 'euros', value: (i) => i.paidCents },
  { header: 'Avoirs', width: 12, type: 'euros', value: (i) => i.creditedCents },
  { header: 'Reste dû', width: 14, type: 'euros', value: (i) => i.balanceCents },
  { header: 'Jours de retard', width: 10, type: 'integer', value: (i) => i.daysLate },
  { header: 'Créée par', width: 22, type: 'text', value: (i) => i.createdBy.fullName },
];
