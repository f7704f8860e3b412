// The variables message templates read. Values are passed pre-formatted ("1 234,56 €", "14/05/2026", "12,15 %").

/** May be absent: templates only use them inside {{#if …}}, and an absent one renders as false/empty. */
export const OPTIONAL_MESSAGE_VARIABLES = [
  'contactName',
  'sellerPhone',
  'ownerName',
  'invoiceUrl',
  'customerPhone',
] as const;

export type MessageVariables = Record<string, string | number | boolean | null | undefined>;

/** Customer-facing messages about one invoice. */
export interface InvoiceMessageVariables {
  customerName: string;
  contactName?: string | null;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  /** Remaining balance. */
  amountDue: string;
  totalAmount: string;
  sellerName: string;
  sellerPhone?: string | null;
  sellerEmail: string;
  iban: string;
  bic: string;
  ownerName?: string | null;
}

/** Dunning messages (templates under standard/, vip/, new/, bad-payer/, formal-notice/, internal/, tasks/). */
export interface DunningMessageVariables extends InvoiceMessageVariables {
  /** Whole days since the due date at sending time (negative before it): {{days daysLate}} → "15 jours". */
  daysLate: number;
  /** Whole days until the due date (daysLate's opposite): {{dueIn daysUntilDue}} → "dans 7 jours", "demain". */
  daysUntilDue: number;
  mentionPenalties: boolean;
  penaltyRate: string;
  interestAccrued: string;
  /** The 40 € fixed recovery indemnity, formatted. */
  indemnity: string;
  /** Balance + accrued interest + indemnity. */
  amountWithPenalties: string;
}

/** plan/installment-reminder and tasks/installment-missed: one installment of a payment plan. */
export interface InstallmentMessageVariables {
  installmentNumber: number;
  installmentsTotal: number;
  installmentDueDate: string;
  /** What is still unpaid on this installment. */
  installmentAmount: string;
}
