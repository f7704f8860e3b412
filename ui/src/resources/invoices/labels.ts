// French wording of the timeline's audit actions, message channels and dunning step states.
export const ACTION_LABELS: Record<string, string> = {
  'invoice.created': 'Brouillon créé',
  'invoice.edited': 'Brouillon modifié',
  'invoice.imported': 'Facture importée',
  'invoice.submitted': 'Soumise pour validation',
  'approval.approved': 'Validation accordée',
  'approval.rejected': 'Validation refusée',
  'invoice.issued': 'Numéro légal attribué',
  'invoice.send-requested': 'Envoi demandé',
  'invoice.send-scheduled': 'Envoi programmé',
  'invoice.sent': 'Facture envoyée',
  'dunning.started': 'Relances démarrées',
  'dunning.step-done': 'Étape de relance exécutée',
  'payment.recorded': 'Paiement enregistré',
  'credit-note.issued': 'Avoir émis',
  'dispute.opened': 'Litige ouvert',
  'dispute.resolved': 'Litige clos',
  'promise.recorded': 'Promesse de paiement',
  'payment-plan.granted': 'Échéancier accordé',
  'payment-plan.installment-missed': 'Échéance manquée',
  'payment-plan.completed': 'Échéancier soldé',
  'payment-plan.cancelled': 'Échéancier annulé',
  'task.completed': 'Tâche terminée',
  'task.escalated': 'Tâche escaladée',
  'invoice.closed': 'Dossier clos',
  'message.email': 'E-mail',
  'message.sms': 'SMS',
  'message.letter': 'Courrier recommandé',
  'message.internal': 'Notification interne',
  'document.invoice': 'PDF de la facture archivé',
  'document.receipt': 'Facture acquittée archivée',
  'document.credit_note': 'Avoir archivé',
  'document.formal_notice': 'Mise en demeure archivée',
};

export const DOCUMENT_LABELS: Record<string, string> = {
  INVOICE: 'Facture',
  RECEIPT: 'Facture acquittée',
  CREDIT_NOTE: 'Avoir',
  FORMAL_NOTICE: 'Mise en demeure',
};

export const CHANNEL_LABELS: Record<string, string> = {
  EMAIL: 'E-mail',
  SMS: 'SMS',
  LETTER: 'Courrier LRAR',
  INTERNAL: 'Interne',
};

export const MESSAGE_STATUS: Record<
  string,
  { label: string; color: 'default' | 'success' | 'warning' | 'error' | 'info' }
> = {
  SENDING: { label: 'En cours', color: 'info' },
  SENT: { label: 'Envoyé', color: 'success' },
  OUTBOX: { label: 'En file', color: 'default' },
  UNCERTAIN: { label: 'Incertain', color: 'warning' },
  FAILED: { label: 'Échec', color: 'error' },
};

export const STEP_STATES: Record<
  string,
  { label: string; color: 'default' | 'success' | 'warning' | 'error' | 'info' }
> = {
  DONE: { label: 'Fait', color: 'success' },
  SKIPPED: { label: 'Sauté', color: 'warning' },
  CANCELLED: { label: 'Annulé', color: 'default' },
  PENDING: { label: 'À venir', color: 'info' },
};

export const PAUSE_LABELS: Record<string, string> = {
  DISPUTE: 'Litige en cours',
  PROMISE_TO_PAY: 'Promesse de paiement',
};
