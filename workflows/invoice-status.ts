// Status from facts and the date, never stored: shared by the API (labels) and the workflow (search attribute).

export type InvoiceStatusCode =
  | 'DRAFT'
  | 'AWAITING_APPROVAL'
  | 'REJECTED'
  | 'ISSUED'
  | 'SENT'
  | 'LATE'
  | 'PARTIALLY_PAID'
  | 'PAID'
  | 'CREDITED'
  | 'PARTIALLY_CREDITED';

export interface StatusFacts {
  phase: 'DRAFT' | 'AWAITING_APPROVAL' | 'REJECTED' | 'ISSUED' | 'SENT';
  totalInclTaxCents: number;
  paidCents: number;
  creditedCents: number;
  /** Days since the due date (0 on the due date, negative before); null without a due date. */
  daysLate: number | null;
}

export function invoiceStatusCode(f: StatusFacts): InvoiceStatusCode {
  if (f.phase === 'DRAFT' || f.phase === 'AWAITING_APPROVAL' || f.phase === 'REJECTED') {
    return f.phase;
  }
  if (f.creditedCents >= f.totalInclTaxCents) {
    return 'CREDITED';
  }
  if (f.paidCents + f.creditedCents >= f.totalInclTaxCents) {
    return 'PAID';
  }
  if (f.phase === 'ISSUED') {
    return 'ISSUED';
  }
  if (f.daysLate !== null && f.daysLate >= 0) {
    return 'LATE';
  }
  if (f.paidCents > 0) {
    return 'PARTIALLY_PAID';
  }
  if (f.creditedCents > 0) {
    return 'PARTIALLY_CREDITED';
  }
  return 'SENT';
}

/** The exact labels users see (seed 002). */
export function invoiceStatusLabel(
  code: InvoiceStatusCode,
  daysLate: number | null,
  approval?: { level: number; levelsTotal: number },
): string {
  switch (code) {
    case 'DRAFT':
      return 'Brouillon';
    case 'AWAITING_APPROVAL':
      return approval
        ? `En attente de validation (niveau ${approval.level}/${approval.levelsTotal})`
        : 'En attente de validation';
    case 'REJECTED':
      return 'Rejetée';
    case 'ISSUED':
      return 'En attente non envoyée';
    case 'SENT':
      return 'En attente envoyée';
    case 'LATE': {
      const days = daysLate ?? 0;
      return `Retard ${days} ${days > 1 ? 'jours' : 'jour'}`;
    }
    case 'PARTIALLY_PAID':
      return 'Partiellement payée';
    case 'PAID':
      return 'Payée';
    case 'CREDITED':
      return 'Avoir';
    case 'PARTIALLY_CREDITED':
      return 'Avoir partiel';
  }
}
