import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { csvRows, neutraliseCell } from '../common/csv';
import { INVOICE_EXPORT_COLUMNS, type InvoiceExportColumn } from './invoice-export-columns';
import type { InvoiceSummaryDto } from './invoice.responses';

export type InvoiceBatches = AsyncIterable<InvoiceSummaryDto[]>;

/** CSV: amounts in euros with a decimal point, dates YYYY-MM-DD, text neutralised; one chunk per batch. */
export function invoiceCsv(batches: InvoiceBatches): Readable {
  return Readable.from(csvChunks(batches));
}

async function* csvChunks(batches: InvoiceBatches): AsyncGenerator<string> {
  yield csvRows([INVOICE_EXPORT_COLUMNS.map((column) => column.header)]);
  for await (const batch of batches) {
    yield csvRows(batch.map((invoice) => INVOICE_EXPORT_COLUMNS.map((column) => csvCell(column, invoice))));
  }
}

function csvCell(column: InvoiceExportColumn, invoice: InvoiceSummaryDto): string | number | null {
  switch (column.type) {
    case 'euros':
      return (column.value(invoice) / 100).toFixed(2);
    case 'text':
    case 'date':
    case 'integer':
      return column.value(invoice);
  }
}

const NUMBER_FORMATS: Record<InvoiceExportColumn['type'], string | undefined> = {
  text: undefined,
  euros: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  integer: '0',
};

/** XLSX written row by row (exceljs streaming writer): amounts are numbers in euros, dates are dates. */
export function invoiceXlsx(batches: InvoiceBatches): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Factures', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INVOICE_EXPORT_COLUMNS.map((column, i) => ({
    header: column.header,
    key: String(i),
    width: column.width,
    style: { numFmt: NUMBER_FORMATS[column.type] },
  }));
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    for await (const batch of batches) {
      for (const invoice of batch) {
        sheet.addRow(INVOICE_EXPORT_COLUMNS.map((column) => xlsxCell(column, invoice))).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

function xlsxCell(column: InvoiceExportColumn, invoice: InvoiceSummaryDto): string | number | Date | null {
  switch (column.type) {
    case 'euros':
      return column.value(invoice) / 100;
    case 'date': {
      const day = column.value(invoice);
      return day ? new Date(`${day}T00:00:00Z`) : null;
    }
    case 'text': {
      const text = column.value(invoice);
      return text === null ? null : neutraliseCell(text);
    }
    case 'integer':
      return column.value(invoice);
  }
}
