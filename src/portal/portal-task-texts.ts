import { formatEuros } from '../common/money';
import type { PaymentMethod, TaskType } from '../generated/prisma/enums';
import { formatFrenchDate } from '../messages/format';
import { PAYMENT_METHOD_LABELS } from '../payments/payment-methods';
import type { PortalActivities, PortalRequestKind, ProposedInstallment } from '../../workflows/portal.contract';

type Details = Parameters<PortalActivities['recordPortalRequest']>[0]['details'];

export interface PortalTaskText {
  type: TaskType;
  audit: string;
  title: string;
  description: string;
}

/** The staff task and audit action a portal request opens, in French. */
export function portalTaskText(
  kind: PortalRequestKind,
  customer: string,
  invoiceNumber: string,
  details: Details,
): PortalTaskText {
  switch (kind) {
    case 'PAYMENT_DECLARED':
      return {
        type: 'CUSTOMER_PAYMENT_CHECK',
        audit: 'portal.payment-declared',
        title: `Vérifier le paiement déclaré par ${customer} (${invoiceNumber})`,
        description:
          `Le client déclare avoir payé ${formatEuros(Number(details.amountCents))} le ${formatFrenchDate(String(details.paidOn))} par ${PAYMENT_METHOD_LABELS[details.method as PaymentMethod]}. ` +
          `Relances suspendues jusqu'au ${formatFrenchDate(String(details.pauseUntil))} inclus : vérifiez le relevé bancaire et enregistrez le règlement.`,
      };
    case 'DISPUTE':
      return {
        type: 'CUSTOMER_DISPUTE',
        audit: 'portal.dispute',
        title: `Contestation de ${customer} (${invoiceNumber})`,
        description: `Motif donné par le client : ${String(details.reason)}`,
      };
    case 'PAYMENT_PLAN_REQUESTED': {
      const lines = (details.installments as ProposedInstallment[]).map(
        (i) => `- ${formatFrenchDate(i.dueDate)} : ${formatEuros(i.amountCents)}`,
      );
      const comment = details.comment ? `\nCommentaire du client : ${String(details.comment)}` : '';
      return {
        type: 'CUSTOMER_PLAN_REQUEST',
        audit: 'portal.payment-plan-requested',
        title: `Échéancier demandé par ${customer} (${invoiceNumber})`,
        description: `Échéances proposées :\n${lines.join('\n')}${comment}`,
      };
    }
  }
}
