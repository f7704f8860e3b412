// The API's response types, declared once in src/ next to the view mappers; imported type-only, so nothing of the server is bundled.
export type {
  InvoiceDetailDto as InvoiceDetail,
  InvoiceLineViewDto as InvoiceLine,
} from '../../../../src/invoices/invoice.responses';
