import {
  creditNoteDocumentData,
  formalNoticeDocumentData,
  invoiceDocumentData,
  receiptDocumentData,
  DRAFT_MARK,
} from './document-data';
import { UnprocessableDocumentError } from './documents.errors';
import {
  sampleCompany,
  sampleCreditNote,
  sampleCustomer,
  sampleInvoice,
  samplePaidInvoice,
} from '../../test/fixtures/sample-documents';

const plain = (value: unknown): string => JSON.stringify(value).replace(/[\u00a0\u202f]/g, ' ');

describe('invoice document data', () => {
  const data = invoiceDocumentData(sampleInvoice());

  it('carries every seller mention of L441-9 and CGI 242 nonies A', () => {
    expect(data.seller).toMatchObject({
      legalName: 'Atelier Numérique Rhône SAS',
      legalForm: 'SAS',
      rcsCity: 'Lyon',
      vatNumber: 'FR40812345678',
    });
    const footer = plain([data.seller.legalIdentity, data.seller.registration]);
    for (const mention of [
      'SAS au capital de 50 000 €',
      'Siège social : 12 rue de la République, Bâtiment B, 69002 Lyon',
      'SIREN 812 345 678',
      'SIRET 812 345 678 00021',
      'RCS Lyon',
      'TVA intracommunautaire FR40812345678',
    ]) {
      expect(footer).toContain(mention);
    }
  });

  it('identifies a business customer by name, address, SIREN and VAT number', () => {
    expect(data.customer.name).toBe('Boulangeries Martin SARL');
    expect(data.customer.address).toBe('4 place Bellecour\n69002 Lyon');
    expect(plain(data.customer.identifiers)).toContain('SIREN 523 456 789 · TVA intracommunautaire FR61523456789');
  });

  it('prints number, dates, category of operation, lines, VAT per rate and totals', () => {
    expect(data.invoice).toMatchObject({
      draft: false,
      draftMark: '',
      number: 'FACT-2026-001',
      issueDate: '23/11/2026',
      dueDate: '23/12/2026',
      saleDate: '20/11/2026',
      saleDateLabel: 'Date de la vente / prestation',
      operationCategory: 'Biens et services',
    });
    expect(JSON.parse(plain(data.invoice.lines[1]))).toEqual({
      description: 'Atelier de formation à la gestion du site',
      quantity: '1,5',
      unit: 'jour',
      unitPrice: '650,00 €',
      discount: '10 %',
      vatRate: '20 %',
      totalExclTax: '877,50 €',
    });
    expect(JSON.parse(plain(data.invoice.vat))).toEqual([
      { rate: '20 %', base: '3 377,50 €', tax: '675,50 €' },
      { rate: '5,5 %', base: '294,00 €', tax: '16,17 €' },
    ]);
    expect(plain([data.invoice.totalExclTax, data.invoice.totalTax, data.invoice.totalInclTax])).toBe(
      '["3 671,50 €","691,67 €","4 363,17 €"]',
    );
  });

  it('prints the payment terms, early-payment discount, late penalties, indemnity and bank details', () => {
    expect(data.terms).toMatchObject({
      paymentTerms: '30 jours date de facture',
      dueDate: '23/12/2026',
      earlyPaymentDiscount: "Pas d'escompte pour paiement anticipé.",
      latePenalty:
        "Pénalités de retard : 12,15 % l'an (taux BCE + 10 points), exigibles dès le lendemain de l'échéance",
      recoveryIndemnity:
        'Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 et D441-5 du Code de commerce)',
      hasRecoveryIndemnity: true,
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      bic: 'AGRIFRPPXXX',
      paymentReference: 'Merci de rappeler la référence FACT-2026-001 avec votre règlement.',
    });
  });

  it('uses the contractual late-penalty rate when the company set one', () => {
    const contractual = invoiceDocumentData(sampleInvoice({ company: sampleCompany({ latePenaltyRateBp: 1500 }) }));
    expect(contractual.terms.latePenalty).toBe(
      "Pénalités de retard : 15 % l'an, exigibles dès le lendemain de l'échéance",
    );
  });

  it('leaves out the 40 € indemnity and business identifiers for a consumer', () => {
    const consumer = invoiceDocumentData(
      sampleInvoice({ customer: sampleCustomer({ isBusiness: false, name: 'Jean Dupont', legalForm: null }) }),
    );
    expect(consumer.terms).toMatchObject({ recoveryIndemnity: '', hasRecoveryIndemnity: false });
    expect(consumer.customer).toMatchObject({ name: 'Jean Dupont', identifiers: '' });
    expect(consumer.terms.latePenalty).toContain('12,15 %');
  });

  it('marks a draft, prints no number and the dates it would carry if issued today', () => {
    const draft = invoiceDocumentData(
      sampleInvoice({ number: null, issueDate: null, dueDate: null, saleDate: null }),
      {},
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(draft.invoice).toMatchObject({
      draft: true,
      draftMark: DRAFT_MARK,
      number: '',
      issueDate: '25/11/2026',
      dueDate: '25/12/2026',
      saleDate: '25/11/2026',
    });
    expect(draft.terms.paymentReference).toBe('');
    expect(draft.pageReference).toBe('Projet de facture');
  });

  it('marks an issued invoice as a draft when asked', () => {
    expect(invoiceDocumentData(sampleInvoice(), { draft: true }).invoice).toMatchObject({
      draft: true,
      number: '',
      draftMark: 'PROJET — document sans valeur de facture',
    });
  });

  it('prints the country only for addresses outside France', () => {
    const belgian = invoiceDocumentData(
      sampleInvoice({ customer: sampleCustomer({ country: 'BE', postalCode: '1000', city: 'Bruxelles' }) }),
    );
    expect(belgian.customer.address).toBe('4 place Bellecour\n1000 Bruxelles\nBelgique');
  });
});

describe('receipt document data', () => {
  it('says "Acquittée le" with the date of the payment that settled the invoice, and lists payments in French', () => {
    const data = receiptDocumentData(samplePaidInvoice());
    expect(data.receipt).toMatchObject({
      stamp: 'FACTURE ACQUITTÉE',
      mention: 'Acquittée le 15/12/2026',
      settledMethod: 'Virement',
    });
    expect(JSON.parse(plain(data.receipt.payments))).toEqual([
      { date: '01/12/2026', method: 'Chèque', amount: '2 000,00 €', reference: 'Chèque n° 0001234' },
      { date: '15/12/2026', method: 'Virement', amount: '2 363,17 €', reference: 'VIR FACT-2026-001' },
    ]);
    expect(plain(data.invoice.balance)).toBe('"0,00 €"');
    expect(data.pageReference).toBe('Facture acquittée n° FACT-2026-001');
  });

  it('counts credit notes when finding the settling payment', () => {
    const paid = samplePaidInvoice();
    const credited = { ...paid, creditedCents: 236_317, paidCents: 200_000, payments: paid.payments.slice(0, 1) };
    expect(receiptDocumentData(credited).receipt.mention).toBe('Acquittée le 01/12/2026');
  });

  it('refuses an invoice that still has a balance', () => {
    expect(() => receiptDocumentData(sampleInvoice())).toThrow(UnprocessableDocumentError);
    expect(() => receiptDocumentData(sampleInvoice())).toThrow(/not fully paid/);
  });
});

describe('credit note document data', () => {
  const data = creditNoteDocumentData(sampleCreditNote());

  it('references the credited invoice, with its number and date', () => {
    expect(data.creditNote).toMatchObject({
      number: 'AV-2026-001',
      issueDate: '30/11/2026',
      reason: 'Formation écourtée : une journée non réalisée',
      kind: 'Avoir partiel',
      reference: 'Avoir sur la facture n° FACT-2026-001 du 23/11/2026',
    });
  });

  it('prints the credited lines, VAT per rate and totals, with the invoice mentions', () => {
    expect(JSON.parse(plain(data.creditNote.lines))).toEqual([
      {
        description: 'Atelier de formation à la gestion du site',
        quantity: '1',
        unit: 'jour',
        unitPrice: '650,00 €',
        discount: '10 %',
        vatRate: '20 %',
        totalExclTax: '585,00 €',
      },
    ]);
    expect(JSON.parse(plain(data.creditNote.vat))).toEqual([{ rate: '20 %', base: '585,00 €', tax: '117,00 €' }]);
    expect(plain(data.creditNote.totalInclTax)).toBe('"702,00 €"');
    expect(data.terms.latePenalty).toContain('taux BCE + 10 points');
    expect(data.invoice.operationCategory).toBe('Biens et services');
  });
});

describe('formal notice document data', () => {
  const amounts = { balanceCents: 436_317, interestCents: 6_534, indemnityCents: 4_000, daysLate: 45 };

  it('adds late interest and the indemnity to the balance, with an 8-day deadline by default', () => {
    const data = formalNoticeDocumentData(sampleInvoice(), { ...amounts, letterDate: '2027-02-06' });
    expect(JSON.parse(plain(data.notice))).toMatchObject({
      letterDate: '06/02/2027',
      placeAndDate: 'Lyon, le 06/02/2027',
      subject: 'Mise en demeure de payer — facture n° FACT-2026-001',
      daysLate: '45 jours',
      penaltyRate: "12,15 % l'an (taux BCE + 10 points)",
      balance: '4 363,17 €',
      interest: '65,34 €',
      hasIndemnity: true,
      indemnity: '40,00 €',
      total: '4 468,51 €',
      deadline: '14/02/2027',
      invoices: [
        {
          number: 'FACT-2026-001',
          issueDate: '23/11/2026',
          dueDate: '23/12/2026',
          totalInclTax: '4 363,17 €',
          balance: '4 363,17 €',
          daysLate: '45 jours',
        },
      ],
    });
  });

  it('prints a given deadline and letter instant in the company time zone', () => {
    const data = formalNoticeDocumentData(sampleInvoice(), {
      ...amounts,
      indemnityCents: 0,
      letterDate: new Date('2027-02-06T23:30:00Z'),
      deadline: '2027-02-20',
    });
    expect(data.notice).toMatchObject({ letterDate: '07/02/2027', deadline: '20/02/2027', hasIndemnity: false });
  });

  it('refuses a draft invoice', () => {
    expect(() => formalNoticeDocumentData(sampleInvoice({ number: null }), amounts)).toThrow(
      UnprocessableDocumentError,
    );
  });
});
