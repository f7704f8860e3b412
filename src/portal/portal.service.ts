import { Injectable, NotFoundException } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import type { DocumentKind, InvoicePhase } from '../generated/prisma/enums';
import { isoDateOrNull } from '../common/calendar-date';
import { companyTimeZone } from '../companies/company-settings';
import { daysLate } from '../dunning/calendar';
import { DocumentsService } from '../documents/documents.service';
import { invoiceNumberOf } from '../outreach/invoice-context';
import { creditorReference } from '../payments/creditor-reference';
import { centsOf } from '../prisma/money-columns';
import { PrismaService } from '../prisma/prisma.service';
import { invoiceStatusCode, invoiceStatusLabel, type InvoiceStatusCode } from '../../workflows/invoice-status';
import { epcQrSvg } from './epc-qr';
import type { PortalSession } from './portal-links.service';

export interface PortalInvoice {
  id: string;
  number: string;
  issueDate: string | null;
  dueDate: string | null;
  totalInclTaxCents: number;
  balanceCents: number;
  status: { code: InvoiceStatusCode; label: string };
  disputed: boolean;
  promisedPaymentDate: string | null;
  /** Whether the customer can still act on it (declare a payment, dispute, ask for a plan). */
  open: boolean;
}

export interface PaymentInstructions {
  beneficiaryName: string;
  iban: string;
  bic: string;
  amountCents: number;
  reference: string;
  qrSvg: string;
}

export interface PortalInvoiceDetail extends PortalInvoice {
  documents: Array<{ id: string; kind: DocumentKind; fileName: string; createdAt: Date }>;
  payment: PaymentInstructions | null;
}

/** Every document a customer may download; formal notices go by registered letter. */
const CUSTOMER_DOCUMENTS: DocumentKind[] = ['INVOICE', 'RECEIPT', 'CREDIT_NOTE'];
const ISSUED: { in: InvoicePhase[] } = { in: ['ISSUED', 'SENT'] };

const portalInvoiceSelect = {
  id: true,
  number: true,
  externalNumber: true,
  phase: true,
  issueDate: true,
  dueDate: true,
  totalInclTaxCents: true,
  paidCents: true,
  creditedCents: true,
  balanceCents: true,
  disputed: true,
  promisedPaymentDate: true,
  workflowId: true,
  settledAt: true,
} satisfies Prisma.InvoiceSelect;

/** What a portal session may read: its own customer's issued invoices and their documents, nothing else. */
@Injectable()
export class PortalService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly documents: DocumentsService,
  ) {}

  async overview(
    session: PortalSession,
  ): Promise<{ customerName: string; sellerName: string; invoices: PortalInvoice[] }> {
    const customer = await this.prisma.customer.findFirstOrThrow({
      where: { id: session.customerId, companyId: session.companyId },
      include: { company: true },
    });
    const rows = await this.prisma.invoice.findMany({
      where: { companyId: session.companyId, customerId: session.customerId, phase: ISSUED },
      select: portalInvoiceSelect,
      orderBy: [{ issueDate: 'desc' }, { createdAt: 'desc' }],
      take: 200,
    });
    const timezone = companyTimeZone(customer.company);
    return {
      customerName: customer.name,
      sellerName: customer.company.tradeName ?? customer.company.legalName,
      invoices: rows.map((row) => toPortalInvoice(row, timezone)),
    };
  }

  async invoice(session: PortalSession, invoiceId: string): Promise<PortalInvoiceDetail> {
    const row = await this.prisma.invoice.findFirst({
      where: { id: invoiceId, companyId: session.companyId, customerId: session.customerId, phase: ISSUED },
      select: {
        ...portalInvoiceSelect,
        company: true,
        documents: {
          where: { kind: { in: CUSTOMER_DOCUMENTS } },
          select: { id: true, kind: true, fileName: true, createdAt: true },
          orderBy: { createdAt: 'asc' },
        },
      },
    });
    if (!row) {
      throw new NotFoundException('Facture introuvable');
    }
    const creditNoteDocuments = await this.prisma.document.findMany({
      where: { creditNote: { invoiceId }, invoiceId: null },
      select: { id: true, kind: true, fileName: true, createdAt: true },
    });
    const invoice = toPortalInvoice(row, companyTimeZone(row.company));
    const { company } = row;
    const payment =
      invoice.open && invoice.balanceCents > 0
        ? await instructions({
            beneficiaryName: company.legalName,
            iban: company.iban,
            bic: company.bic,
            amountCents: invoice.balanceCents,
            reference: creditorReference(invoice.number),
          })
        : null;
    return { ...invoice, documents: [...row.documents, ...creditNoteDocuments], payment };
  }

  /** A document of one of this customer's invoices (or their credit notes); any other id is a 404, whoever owns it. */
  async document(session: PortalSession, documentId: string): Promise<{ fileName: string; content: Buffer }> {
    const owned = { companyId: session.companyId, customerId: session.customerId, phase: ISSUED };
    const document = await this.prisma.document.findFirst({
      where: {
        id: documentId,
        companyId: session.companyId,
        kind: { in: CUSTOMER_DOCUMENTS },
        OR: [{ invoice: owned }, { creditNote: { invoice: owned } }],
      },
      select: { id: true },
    });
    if (!document) {
      throw new NotFoundException('Document introuvable');
    }
    const { document: stored, content } = await this.documents.read(document.id);
    return { fileName: stored.fileName, content };
  }
}

type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof portalInvoiceSelect }>;

function toPortalInvoice(row: InvoiceRow, timezone: string): PortalInvoice {
  const dueDate = isoDateOrNull(row.dueDate);
  const late = dueDate ? daysLate(dueDate, new Date(), timezone) : null;
  const [totalInclTaxCents, paidCents, creditedCents, balanceCents] = [
    row.totalInclTaxCents,
    row.paidCents,
    row.creditedCents,
    row.balanceCents,
  ].map(centsOf);
  const code = invoiceStatusCode({ phase: row.phase, totalInclTaxCents, paidCents, creditedCents, daysLate: late });
  return {
    id: row.id,
    number: invoiceNumberOf(row),
    issueDate: isoDateOrNull(row.issueDate),
    dueDate,
    totalInclTaxCents,
    balanceCents,
    status: { code, label: invoiceStatusLabel(code, late) },
    disputed: row.disputed,
    promisedPaymentDate: isoDateOrNull(row.promisedPaymentDate),
    open: row.phase === 'SENT' && !row.settledAt && balanceCents > 0 && Boolean(row.workflowId),
  };
}

async function instructions(transfer: Omit<PaymentInstructions, 'qrSvg'>): Promise<PaymentInstructions> {
  return { ...transfer, qrSvg: await epcQrSvg({ ...transfer, creditorReference: transfer.reference }) };
}
