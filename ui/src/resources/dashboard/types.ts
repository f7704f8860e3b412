// The API's response types, declared once in src/ next to the view mappers; imported type-only, so nothing of the server is bundled.
export type { InvoiceSummaryDto as InvoiceSummary } from '../../../../src/invoices/invoice.responses';
export type { DashboardDto as Dashboard } from '../../../../src/dashboard/dashboard.responses';
