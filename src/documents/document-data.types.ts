// What the .docx templates see: every value is a string already formatted in French (or a boolean for IF).

export interface SellerData {
  /** Trade name when there is one, else the legal name: the brand shown in the header. */
  name: string;
  legalName: string;
  legalForm: string;
  shareCapital: string;
  /** "SAS au capital de 10 000 €". */
  formAndCapital: string;
  /** Multi-line head-office address. */
  address: string;
  city: string;
  siren: string;
  siret: string;
  rcsCity: string;
  vatNumber: string;
  email: string;
  phone: string;
  website: string;
  /** "Tél. 04 72 00 00 00 · compta@acme.fr · www.acme.fr". */
  contact: string;
  /** The same, one item per line (letterhead). */
  contactLines: string;
  /** The head-office address on one line. */
  headOffice: string;
  /** "SIREN 123 456 789 · SIRET 123 456 789 00012 · RCS Lyon · TVA intracommunautaire FR…". */
  registration: string;
  /** "Acme SAS · SAS au capital de 10 000 € · Siège social : 1 rue …, 69001 Lyon" (footer, first line). */
  legalIdentity: string;
  /** legalIdentity and registration on one line. */
  legalLine: string;
}

export interface CustomerData {
  name: string;
  /** Multi-line postal address. */
  address: string;
  isBusiness: boolean;
  siren: string;
  siret: string;
  vatNumber: string;
  /** "SIREN 987 654 321 · TVA intracommunautaire FR…" for a business, else empty. */
  identifiers: string;
  /** "À l'attention de Mme Martin" when a decision-maker is known. */
  attention: string;
}

export interface LineData {
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  vatRate: string;
  totalExclTax: string;
}

export interface VatRowData {
  rate: string;
  base: string;
  tax: string;
}

export interface TermsData {
  paymentTerms: string;
  dueDate: string;
  earlyPaymentDiscount: string;
  latePenalty: string;
  /** Empty for consumers (the 40 € indemnity is owed between businesses only). */
  recoveryIndemnity: string;
  hasRecoveryIndemnity: boolean;
  iban: string;
  bic: string;
  bankName: string;
  /** "IBAN FR76 … · BIC … · Banque …". */
  bankDetails: string;
  /** "Merci de rappeler la référence FACT-2026-001 avec votre règlement." */
  paymentReference: string;
  /** ISO 11649 reference to copy into the transfer, grouped by four: "RF18 FACT 2026 001"; empty on drafts and credit notes. */
  creditorReference: string;
}

export interface InvoiceData {
  draft: boolean;
  /** "PROJET — document sans valeur de facture" on drafts, else empty. */
  draftMark: string;
  /** Empty on drafts. */
  number: string;
  issueDate: string;
  dueDate: string;
  saleDate: string;
  saleDateLabel: string;
  operationCategory: string;
  customerReference: string;
  /** The note meant for the customer (internal notes are never printed). */
  customerNote: string;
  /** Multi-line, only when it differs from the customer's address. */
  deliveryAddress: string;
  /** Exemption texts of the 0 % lines, one per line: "TVA non applicable, art. 293 B du CGI", "Autoliquidation". */
  vatMentions: string;
  lines: LineData[];
  vat: VatRowData[];
  totalExclTax: string;
  totalTax: string;
  totalInclTax: string;
  hasCredit: boolean;
  credited: string;
  paid: string;
  balance: string;
}

export interface InvoiceDocumentData {
  /** Printed next to the page number on every page: "Facture n° FACT-2026-001", "Projet de facture". */
  pageReference: string;
  seller: SellerData;
  customer: CustomerData;
  invoice: InvoiceData;
  terms: TermsData;
}

export interface PaymentData {
  date: string;
  method: string;
  amount: string;
  reference: string;
}

export interface ReceiptData {
  stamp: string;
  /** "Acquittée le 15/12/2026": the date of the payment that settled the invoice. */
  mention: string;
  settledDate: string;
  settledMethod: string;
  payments: PaymentData[];
  totalPaid: string;
}

export interface ReceiptDocumentData extends InvoiceDocumentData {
  receipt: ReceiptData;
}

export interface CreditNoteData {
  number: string;
  issueDate: string;
  reason: string;
  /** "Avoir total" or "Avoir partiel". */
  kind: string;
  /** "Avoir sur la facture n° FACT-2026-001 du 23/11/2026". */
  reference: string;
  vatMentions: string;
  lines: LineData[];
  vat: VatRowData[];
  totalExclTax: string;
  totalTax: string;
  totalInclTax: string;
}

export interface CreditNoteDocumentData {
  pageReference: string;
  seller: SellerData;
  customer: CustomerData;
  /** The credited invoice (its number, dates and category). */
  invoice: InvoiceData;
  creditNote: CreditNoteData;
  terms: TermsData;
}

export interface NoticeInvoiceRow {
  number: string;
  issueDate: string;
  dueDate: string;
  totalInclTax: string;
  balance: string;
  daysLate: string;
}

export interface FormalNoticeData {
  letterDate: string;
  /** "Lyon, le 23/11/2026". */
  placeAndDate: string;
  subject: string;
  invoices: NoticeInvoiceRow[];
  daysLate: string;
  penaltyRate: string;
  balance: string;
  interest: string;
  hasIndemnity: boolean;
  indemnity: string;
  total: string;
  deadline: string;
}

export interface FormalNoticeDocumentData {
  pageReference: string;
  seller: SellerData;
  customer: CustomerData;
  invoice: InvoiceData;
  terms: TermsData;
  notice: FormalNoticeData;
}

/** Amounts computed by the dunning slice, printed as given. Dates: "YYYY-MM-DD" is a calendar date, anything else an instant. */
export interface FormalNoticeAmounts {
  balanceCents: number;
  interestCents: number;
  indemnityCents: number;
  daysLate: number;
  /** Defaults to the letter's date + 8 days. */
  deadline?: Date | string;
  /** Defaults to now. */
  letterDate?: Date | string;
}
