/** Journals, accounts and the accounting year of the FEC export; a company setting with the French defaults. */
export interface AccountingSettings {
  /** 1 = the accounting year runs January to December. */
  fiscalYearStartMonth: number;
  salesJournal: { code: string; label: string };
  bankJournal: { code: string; label: string };
  accounts: {
    customers: { number: string; label: string };
    services: { number: string; label: string };
    goods: { number: string; label: string };
    vatCollected: { number: string; label: string };
    bank: { number: string; label: string };
  };
}

export const DEFAULT_ACCOUNTING_SETTINGS: AccountingSettings = {
  fiscalYearStartMonth: 1,
  salesJournal: { code: 'VT', label: 'Journal des ventes' },
  bankJournal: { code: 'BQ', label: 'Banque' },
  accounts: {
    customers: { number: '411000', label: 'Clients' },
    services: { number: '706000', label: 'Prestations de services' },
    goods: { number: '707000', label: 'Ventes de marchandises' },
    vatCollected: { number: '445710', label: 'TVA collectée' },
    bank: { number: '512000', label: 'Banque' },
  },
};

/** The stored JSON with defaults filled in, so a company that never saved them exports with the French plan. */
export function accountingSettingsOf(company: { accountingSettings: unknown }): AccountingSettings {
  const stored = (company.accountingSettings ?? {}) as Partial<AccountingSettings>;
  const defaults = DEFAULT_ACCOUNTING_SETTINGS;
  return {
    fiscalYearStartMonth: stored.fiscalYearStartMonth ?? defaults.fiscalYearStartMonth,
    salesJournal: { ...defaults.salesJournal, ...stored.salesJournal },
    bankJournal: { ...defaults.bankJournal, ...stored.bankJournal },
    accounts: {
      customers: { ...defaults.accounts.customers, ...stored.accounts?.customers },
      services: { ...defaults.accounts.services, ...stored.accounts?.services },
      goods: { ...defaults.accounts.goods, ...stored.accounts?.goods },
      vatCollected: { ...defaults.accounts.vatCollected, ...stored.accounts?.vatCollected },
      bank: { ...defaults.accounts.bank, ...stored.accounts?.bank },
    },
  };
}
