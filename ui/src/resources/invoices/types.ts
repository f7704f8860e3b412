import type { InvoiceSummary } from '../dashboard/types';

export interface InvoiceLine {
  id: string;
  position: number;
  description: string;
  quantity: number;
  unit: string | null;
  unitPriceCents: number;
  vatRate: number;
  discountPercent: number;
  totalExclTaxCents: number;
}

export interface InvoiceDetail extends InvoiceSummary {
  phase: 'DRAFT' | 'AWAITING_APPROVAL' | 'REJECTED' | 'ISSUED' | 'SENT';
  totalTaxCents: number;
  paidCents: number;
  creditedCents: number;
  disputed: boolean;
  disputeReason: string | null;
  rejectionReason: string | null;
  promisedPaymentDate: string | null;
  scheduledSendAt: string | null;
  sentAt: string | null;
  workflowId: string | null;
  temporalUrl: string | null;
  paymentTermsDays: number;
  customerReference: string | null;
  notes: string | null;
  saleDate: string | null;
  lines: InvoiceLine[];
  totals: { totalExclTaxCents: number; totalTaxCents: number; totalInclTaxCents: number; vatBreakdown: Array<{ vatRate: number; baseCents: number; taxCents: number }> };
  approvals: Array<{ round: number; level: number; role: string; outcome: string; actorId: string; comment: string | null; decidedAt: string }>;
  dunningPolicy: { code: string; name: string; version: number } | null;
  nextAction: { code: string; label: string; role?: string; at?: string } | null;
}
