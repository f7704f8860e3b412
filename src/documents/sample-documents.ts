import type { LoadedCreditNote, LoadedInvoice } from './document-data';

// Realistic in-memory records (no database): template previews, unit specs and the render benchmark use them.

const at = (iso: string): Date => new Date(iso);

export function sampleCompany(overrides: Partial<LoadedInvoice['company']> = {}): LoadedInvoice['company'] {
  return {
    id: 'company-1',
    legalName: 'Atelier Numérique Rhône SAS',
    tradeName: 'Atelier Numérique',
    legalForm: 'SAS',
    shareCapitalCents: 5_000_000,
    addressLine1: '12 rue de la République',
    addressLine2: 'Bâtiment B',
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
    siren: '812345678',
    siret: '81234567800021',
    rcsCity: 'Lyon',
    vatNumber: 'FR40812345678',
    email: 'facturation@atelier-numerique.fr',
    phone: '04 72 00 12 34',
    website: 'www.atelier-numerique.fr',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPPXXX',
    bankName: 'Crédit Agricole Centre-Est',
    invoicePrefix: 'FACT',
    creditNotePrefix: 'AV',
    defaultPaymentTermsDays: 30,
    latePenaltyRateBp: null,
    ecbRateBp: 215,
    earlyPaymentDiscount: "Pas d'escompte pour paiement anticipé.",
    approvalCircuit: {},
    dunningSettings: { timezone: 'Europe/Paris' },
    accountingSettings: {},
    paymentPlanSettings: {},
    createdAt: at('2026-01-01T00:00:00Z'),
    updatedAt: at('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function sampleCustomer(overrides: Partial<LoadedInvoice['customer']> = {}): LoadedInvoice['customer'] {
  return {
    id: 'customer-1',
    companyId: 'company-1',
    name: 'Boulangeries Martin',
    legalForm: 'SARL',
    isBusiness: true,
    siren: '523456789',
    siret: '52345678900014',
    vatNumber: 'FR61523456789',
    addressLine1: '4 place Bellecour',
    addressLine2: null,
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
    billingEmail: 'compta@boulangeries-martin.fr',
    phone: null,
    decisionMakerName: 'Mme Claire Martin',
    decisionMakerEmail: null,
    decisionMakerMobile: null,
    profile: 'STANDARD',
    dunningPolicyId: null,
    paymentTermsDays: null,
    ownerId: null,
    notes: null,
    createdAt: at('2026-01-01T00:00:00Z'),
    updatedAt: at('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

type SampleLine = LoadedInvoice['lines'][number];

export function sampleLines(): SampleLine[] {
  const line = (position: number, description: string, quantityMilli: number, unit: string | null, unitPriceCents: number, vatRateBp: number, discountBp: number, totalExclTaxCents: number): SampleLine => ({
    id: `line-${position}`,
    invoiceId: 'invoice-1',
    position,
    description,
    quantityMilli,
    unit,
    unitPriceCents,
    vatRateBp,
    discountBp,
    totalExclTaxCents,
  });
  return [
    line(1, 'Développement du site vitrine (forfait)', 1000, 'forfait', 250_000, 2000, 0, 250_000),
    line(2, 'Atelier de formation à la gestion du site', 1500, 'jour', 65_000, 2000, 1000, 87_750),
    line(3, "Livres « Le pain au levain » pour l'équipe", 12_000, 'u.', 2_450, 550, 0, 29_400),
  ];
}

/** An issued invoice: 3 lines at 20 % and 5,5 %, total 4 363,17 € TTC, due 23/12/2026. */
export function sampleInvoice(overrides: Partial<LoadedInvoice> = {}): LoadedInvoice {
  return {
    id: 'invoice-1',
    companyId: 'company-1',
    customerId: 'customer-1',
    createdById: 'user-1',
    series: '',
    number: 'FACT-2026-001',
    sequence: 1,
    year: 2026,
    externalNumber: null,
    imported: false,
    phase: 'SENT',
    operationCategory: 'MIXED',
    customerReference: 'BC-2026-118',
    notes: null,
    saleDate: at('2026-11-20T00:00:00Z'),
    issueDate: at('2026-11-23T00:00:00Z'),
    dueDate: at('2026-12-23T00:00:00Z'),
    paymentTermsDays: 30,
    currency: 'EUR',
    totalExclTaxCents: 367_150,
    totalTaxCents: 69_167,
    totalInclTaxCents: 436_317,
    vatBreakdown: [
      { vatRateBp: 2000, baseCents: 337_750, taxCents: 67_550 },
      { vatRateBp: 550, baseCents: 29_400, taxCents: 1_617 },
    ],
    paidCents: 0,
    creditedCents: 0,
    balanceCents: 436_317,
    settledAt: null,
    approvalRound: 1,
    approvalLevel: null,
    approvalLevelsTotal: null,
    pendingApprovalRole: null,
    submittedAt: null,
    rejectionReason: null,
    scheduledSendAt: null,
    sentAt: at('2026-11-23T09:00:00Z'),
    disputed: false,
    disputeReason: null,
    promisedPaymentDate: null,
    workflowId: null,
    dunningPolicyVersionId: null,
    dunningStage: null,
    recoveryIndemnityClaimedAt: null,
    createdAt: at('2026-11-20T10:00:00Z'),
    updatedAt: at('2026-11-23T09:00:00Z'),
    company: sampleCompany(),
    customer: sampleCustomer(),
    lines: sampleLines(),
    payments: [],
    ...overrides,
  };
}

/** The sample invoice paid in two transfers, the second (15/12/2026) settling it. */
export function samplePaidInvoice(): LoadedInvoice {
  const payment = (id: string, amountCents: number, paidAt: string, method: LoadedInvoice['payments'][number]['method'], reference: string | null) => ({
    id,
    invoiceId: 'invoice-1',
    amountCents,
    paidAt: at(paidAt),
    method,
    reference,
    recordedById: null,
    requestId: `req-${id}`,
    createdAt: at(paidAt),
  });
  return sampleInvoice({
    paidCents: 436_317,
    balanceCents: 0,
    settledAt: at('2026-12-15T10:30:00Z'),
    payments: [payment('p1', 200_000, '2026-12-01T09:00:00Z', 'CHECK', 'Chèque n° 0001234'), payment('p2', 236_317, '2026-12-15T10:30:00Z', 'BANK_TRANSFER', 'VIR FACT-2026-001')],
  });
}

/** A partial credit note: the training day credited (1,5 day → 1 day credited). */
export function sampleCreditNote(): LoadedCreditNote {
  const invoice = sampleInvoice();
  return {
    id: 'credit-note-1',
    companyId: 'company-1',
    invoiceId: invoice.id,
    number: 'AV-2026-001',
    sequence: 1,
    year: 2026,
    reason: 'Formation écourtée : une journée non réalisée',
    full: false,
    issueDate: at('2026-11-30T00:00:00Z'),
    totalExclTaxCents: 58_500,
    totalTaxCents: 11_700,
    totalInclTaxCents: 70_200,
    vatBreakdown: [{ vatRateBp: 2000, baseCents: 58_500, taxCents: 11_700 }],
    createdById: null,
    requestId: 'req-av-1',
    createdAt: at('2026-11-30T10:00:00Z'),
    lines: [
      {
        id: 'cn-line-1',
        creditNoteId: 'credit-note-1',
        invoiceLineId: 'line-2',
        description: 'Atelier de formation à la gestion du site',
        quantityMilli: 1000,
        unit: 'jour',
        unitPriceCents: 65_000,
        vatRateBp: 2000,
        discountBp: 1000,
        totalExclTaxCents: 58_500,
      },
    ],
    invoice,
  };
}
