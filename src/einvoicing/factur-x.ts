import {
  loadCreditNote,
  loadInvoice,
  type DocumentsDb,
  type LoadedCreditNote,
  type LoadedInvoice,
} from '../documents/document-data';
import { creditNoteFacts, invoiceFacts } from '../documents/document-facts';
import { ciiXml } from './cii-builder';

// The stable entry points of the Factur-X XML: from loaded rows, or by id inside any Prisma client or transaction.

/** factur-x.xml of an issued invoice (the receipt embeds the same). */
export function buildInvoiceCii(invoice: LoadedInvoice): string {
  return ciiXml(invoiceFacts(invoice));
}

/** factur-x.xml of a credit note: type 381, referencing the credited invoice. */
export function buildCreditNoteCii(creditNote: LoadedCreditNote): string {
  return ciiXml(creditNoteFacts(creditNote));
}

export type FacturXSource = { invoiceId: string } | { creditNoteId: string };

/** Loads the document with `prisma` (a client or a transaction) and returns its factur-x.xml. */
export async function loadFacturXml(prisma: DocumentsDb, source: FacturXSource): Promise<string> {
  if ('creditNoteId' in source) {
    return buildCreditNoteCii(await loadCreditNote(prisma, source.creditNoteId));
  }
  return buildInvoiceCii(await loadInvoice(prisma, source.invoiceId));
}

/** The file name Factur-X 1.07 requires for the embedded XML. */
export const FACTUR_X_FILE_NAME = 'factur-x.xml';
