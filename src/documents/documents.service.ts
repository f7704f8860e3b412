import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { buildCreditNoteCii, buildInvoiceCii } from '../einvoicing/factur-x';
import { embedFacturX } from '../einvoicing/facturx-pdf';
import type { Document } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { DocumentArchive, type ChainVerification, type NewArchivedDocument } from './document-archive';
import {
  creditNoteDocumentData,
  formalNoticeDocumentData,
  invoiceDocumentData,
  issuedNumber,
  loadCreditNote,
  loadInvoice,
  receiptDocumentData,
  type FormalNoticeAmounts,
  type LoadedInvoice,
} from './document-data';
import { PdfRenderer } from './pdf-renderer';

type RenderedDocument = Omit<NewArchivedDocument, 'idempotencyKey'>;

/** Renders the customer-facing PDFs (PDF/A-3; Factur-X for invoices, receipts and credit notes) and archives them, once per idempotency key. */
@Injectable()
export class DocumentsService {
  private readonly archive: DocumentArchive;

  constructor(
    private readonly prisma: PrismaService,
    private readonly renderer: PdfRenderer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.archive = new DocumentArchive(prisma, config.DOCUMENTS_DIR);
  }

  /** The invoice as it looks now, not archived; a draft carries the "PROJET" mark and no number. */
  async previewInvoice(invoiceId: string): Promise<Buffer> {
    return this.renderer.render('invoice', invoiceDocumentData(await loadInvoice(this.prisma, invoiceId)));
  }

  archiveInvoicePdf(invoiceId: string, idempotencyKey: string): Promise<Document> {
    return this.archiveOnce(idempotencyKey, async () => {
      const invoice = await loadInvoice(this.prisma, invoiceId);
      const number = issuedNumber(invoice);
      const xml = buildInvoiceCii(invoice);
      return this.rendered(
        invoice,
        'INVOICE',
        `${number}.pdf`,
        await this.facturX(await this.renderer.render('invoice', invoiceDocumentData(invoice)), xml),
      );
    });
  }

  /** The "facture acquittée": refused while a balance remains; it embeds the paid invoice's own CII (same number, same XML). */
  archiveReceiptPdf(invoiceId: string, idempotencyKey: string): Promise<Document> {
    return this.archiveOnce(idempotencyKey, async () => {
      const invoice = await loadInvoice(this.prisma, invoiceId);
      const number = issuedNumber(invoice);
      const data = receiptDocumentData(invoice);
      const xml = buildInvoiceCii(invoice);
      return this.rendered(
        invoice,
        'RECEIPT',
        `${number}-acquittee.pdf`,
        await this.facturX(await this.renderer.render('receipt', data), xml),
      );
    });
  }

  archiveCreditNotePdf(creditNoteId: string, idempotencyKey: string): Promise<Document> {
    return this.archiveOnce(idempotencyKey, async () => {
      const creditNote = await loadCreditNote(this.prisma, creditNoteId);
      const xml = buildCreditNoteCii(creditNote);
      const content = await this.facturX(
        await this.renderer.render('credit-note', creditNoteDocumentData(creditNote)),
        xml,
      );
      return {
        ...this.rendered(creditNote.invoice, 'CREDIT_NOTE', `${creditNote.number}.pdf`, content),
        creditNoteId: creditNote.id,
      };
    });
  }

  archiveFormalNoticePdf(invoiceId: string, idempotencyKey: string, amounts: FormalNoticeAmounts): Promise<Document> {
    return this.archiveOnce(idempotencyKey, async () => {
      const invoice = await loadInvoice(this.prisma, invoiceId);
      const number = issuedNumber(invoice);
      const content = await this.renderer.render('formal-notice', formalNoticeDocumentData(invoice, amounts));
      return this.rendered(invoice, 'FORMAL_NOTICE', `${number}-mise-en-demeure.pdf`, content);
    });
  }

  /** The archived bytes; throws DocumentTamperedError when they no longer match their recorded sha256. */
  read(documentId: string): Promise<{ document: Document; content: Buffer }> {
    return this.archive.read(documentId);
  }

  verifyChain(companyId: string): Promise<ChainVerification> {
    return this.archive.verifyChain(companyId);
  }

  /** A retry with the same key gets the first archive back without rendering again. */
  private async archiveOnce(idempotencyKey: string, render: () => Promise<RenderedDocument>): Promise<Document> {
    const existing = await this.archive.findByIdempotencyKey(idempotencyKey);
    if (existing) {
      return existing;
    }
    return this.archive.store({ ...(await render()), idempotencyKey });
  }

  /** The archived and emailed bytes: the rendered PDF/A-3b with its CII embedded, so the sha256 is of the Factur-X. */
  private facturX(pdf: Buffer, xml: string): Promise<Buffer> {
    return embedFacturX(pdf, { xml, relationship: 'Data', conformanceLevel: 'EN 16931', modifiedAt: new Date() });
  }

  private rendered(
    invoice: LoadedInvoice,
    kind: RenderedDocument['kind'],
    fileName: string,
    content: Buffer,
  ): RenderedDocument {
    return { companyId: invoice.companyId, kind, invoiceId: invoice.id, fileName, content };
  }
}
