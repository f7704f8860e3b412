import { SCHEMATRON_FIRST_RUN_MS, validateCii } from '../../test/support/en16931';
import { buildCreditNoteCii, buildInvoiceCii } from './factur-x';
import { matrixCreditNotes, matrixInvoices } from '../../test/fixtures/cii-matrix';

// The official EN 16931 CII schematron over invoices and credit notes built by the real builder (first run
// compiles the schematron, a minute or two; then it is cached per machine).
jest.setTimeout(600_000);

const invoices = matrixInvoices();
const documents: Record<string, string> = {
  ...Object.fromEntries(Object.entries(invoices).map(([name, invoice]) => [name, buildInvoiceCii(invoice)])),
  ...Object.fromEntries(
    Object.entries(matrixCreditNotes(invoices)).map(([name, creditNote]) => [name, buildCreditNoteCii(creditNote)]),
  ),
};
const multiRate = documents['multi-rate-business'];
const broken = {
  'no-seller-name': multiRate.replace('<ram:Name>Atelier Numérique Rhône SAS</ram:Name>', ''),
  'wrong-grand-total': multiRate.replace(/<ram:GrandTotalAmount>[^<]*</, '<ram:GrandTotalAmount>1.00<'),
};

let reports: Awaited<ReturnType<typeof validateCii>>;
beforeAll(async () => {
  reports = await validateCii({ ...documents, ...broken });
}, SCHEMATRON_FIRST_RUN_MS);

describe('Factur-X CII against the EN 16931 schematron', () => {
  it.each(Object.keys(documents))('%s: 0 failed assertions', (name) => {
    expect(reports[name]).toEqual([]);
  });

  it('a document without the seller name fails BR-06', () => {
    expect(broken['no-seller-name']).not.toEqual(multiRate);
    expect(reports['no-seller-name'].map((a) => a.id)).toContain('BR-06');
  });

  it('a wrong grand total fails BR-CO-15', () => {
    expect(reports['wrong-grand-total'].map((a) => a.id)).toContain('BR-CO-15');
  });
});

describe('what the matrix expresses', () => {
  it('covers S at four rates, Z, E with its VATEX code, AE, line allowances, a consumer and a credit note referencing its invoice', () => {
    const all = Object.values(documents).join('\n');
    for (const rate of ['20', '10', '5.5', '2.1']) {
      expect(multiRate).toContain(`<ram:RateApplicablePercent>${rate}</ram:RateApplicablePercent>`);
    }
    for (const category of ['S', 'Z', 'E', 'AE']) {
      expect(all).toContain(`<ram:CategoryCode>${category}</ram:CategoryCode>`);
    }
    expect(documents['franchise-seller']).toContain(
      '<ram:ExemptionReason>TVA non applicable, art. 293 B du CGI</ram:ExemptionReason>',
    );
    expect(documents['franchise-seller']).toContain(
      '<ram:ExemptionReasonCode>VATEX-FR-FRANCHISE</ram:ExemptionReasonCode>',
    );
    expect(documents['reverse-charge']).toContain('<ram:ExemptionReason>Autoliquidation</ram:ExemptionReason>');
    expect(multiRate).toMatch(
      /<ram:ChargeIndicator>\s*<udt:Indicator>false<\/udt:Indicator>\s*<\/ram:ChargeIndicator>\s*<ram:CalculationPercent>5<\/ram:CalculationPercent>/,
    );
    expect(documents['consumer-buyer']).not.toMatch(
      /<ram:BuyerTradeParty>[\s\S]*SpecifiedLegalOrganization[\s\S]*<\/ram:BuyerTradeParty>/,
    );
    expect(documents['partial-credit-note']).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(documents['partial-credit-note']).toMatch(
      /<ram:InvoiceReferencedDocument>\s*<ram:IssuerAssignedID>FACT-2026-101<\/ram:IssuerAssignedID>/,
    );
    expect(documents['zero-rated-and-delivery']).toContain('<ram:CityName>Miribel</ram:CityName>');
  });

  it('carries the seller SIREN (0002), VAT numbers (VA), IBAN with means 58, the RF creditor reference and the customer note', () => {
    expect(multiRate).toContain('<ram:ID schemeID="0002">812345678</ram:ID>');
    expect(multiRate).toContain('<ram:ID schemeID="VA">FR40812345678</ram:ID>');
    expect(multiRate).toContain('<ram:IBANID>FR7630006000011234567890189</ram:IBANID>');
    expect(multiRate).toContain('<ram:TypeCode>58</ram:TypeCode>');
    expect(multiRate).toMatch(/<ram:PaymentReference>RF\d\dFACT2026101<\/ram:PaymentReference>/);
    expect(multiRate).toContain(
      '<ram:Content>Livraison des livres effectuée sur place, merci pour votre confiance.</ram:Content>',
    );
  });
});
