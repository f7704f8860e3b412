import type { PaymentMethod } from '../generated/prisma/enums';

/** How a payment method reads in a table, a document or a select: "Virement". */
export const PAYMENT_METHOD_NAMES: Record<PaymentMethod, string> = {
  BANK_TRANSFER: 'Virement',
  CARD: 'Carte bancaire',
  CHECK: 'Chèque',
  CASH: 'Espèces',
  DIRECT_DEBIT: 'Prélèvement',
  OTHER: 'Autre',
};

/** How a payment method reads in a French sentence ("réglée par virement bancaire"). */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  BANK_TRANSFER: 'virement bancaire',
  CARD: 'carte bancaire',
  CHECK: 'chèque',
  CASH: 'espèces',
  DIRECT_DEBIT: 'prélèvement',
  OTHER: 'autre moyen de paiement',
};
