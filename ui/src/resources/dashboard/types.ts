import type { InvoiceStatus } from '../../components/StatusChip';

export interface InvoiceSummary {
  id: string;
  number: string | null;
  customer: { id: string; name: string; profile?: string };
  createdBy: { id: string; fullName: string };
  totalExclTaxCents: number;
  totalInclTaxCents: number;
  balanceCents: number;
  dueDate: string | null;
  issueDate: string | null;
  submittedAt: string | null;
  status: InvoiceStatus;
  daysLate: number | null;
  approval: { level: number; levelsTotal: number; pendingRole: string } | null;
}

export interface Dashboard {
  today: string;
  byStatus: Array<{ code: string; label: string; count: number; balanceCents: number; totalInclTaxCents: number }>;
  overdue: InvoiceSummary[];
  receivables: {
    outstandingCents: number;
    openCount: number;
    overdueCents: number;
    overdueCount: number;
    buckets: Array<{ key: string; label: string; count: number; balanceCents: number }>;
  };
  myActions: {
    approvals: { count: number; items: InvoiceSummary[] };
    tasks: { count: number; items: Array<{ id: string; title: string; dueAt: string; overdue: boolean; invoice: { id: string; number: string | null } | null }> };
    toSend: { count: number; items: InvoiceSummary[] } | null;
  };
  kpis: { windowDays: number; dso: { days: number | null; invoices: number }; overdueAt30: { rate: number | null; level: 'GOOD' | 'WATCH' | 'URGENT' | null } };
}
