import type { PaymentMethod } from '../generated/prisma/enums';

/** How a payment method reads in a French sentence ("réglée par virement bancaire"). */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  BANK_TRANSFER: 'virement bancaire',
  CARD: 'carte bancaire',
  CHECK: 'chèque',
  CASH: 'espèces',
  DIRECT_DEBIT: 'prélèvement',
  OTHER: 'autre moyen de paiement',
};
