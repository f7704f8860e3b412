import type { InvoiceSummary } from '../dashboard/types';
import type { CustomerBadge } from './FrequentLateBadge';

export interface CustomerCard {
  id: string;
  name: string;
  legalForm: string | null;
  isBusiness: boolean;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  billingEmail: string;
  phone: string | null;
  decisionMakerName: string | null;
  decisionMakerEmail: string | null;
  decisionMakerMobile: string | null;
  profile: string;
  paymentTermsDays: number | null;
  owner: { id: string; fullName: string } | null;
  notes: string | null;
  badges: CustomerBadge[];
  summary: {
    openInvoices: number;
    outstandingCents: number;
    overdueCents: number;
    overdueCount: number;
    oldestOverdueDays: number | null;
    invoices: InvoiceSummary[];
    payments: Array<{ id: string; invoiceId: string; invoiceNumber: string | null; amountCents: number; paidAt: string; method: string }>;
    lateHistory: { paidLate: number; currentlyLate: number; total: number };
    dunningPolicy: { id: string; code: string; name: string; version: number; source: 'EXPLICIT' | 'PROFILE' } | null;
  };
}
