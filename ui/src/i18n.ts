import polyglotI18nProvider from 'ra-i18n-polyglot';
import frenchMessages from 'ra-language-french';

const messages = {
  ...frenchMessages,
  resources: {
    invoices: { name: 'Facture |||| Factures' },
    approvals: { name: 'Validation |||| Validations' },
    customers: { name: 'Client |||| Clients' },
    tasks: { name: 'Tâche |||| Tâches' },
    'dunning-policies': { name: 'Politique de relance |||| Politiques de relance' },
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'fr', [{ locale: 'fr', name: 'Français' }], {
  allowMissing: true,
});
