import { invoiceFacts } from '../documents/document-facts';
import { sampleCompany, sampleCustomer } from '../../test/fixtures/sample-documents';
import { buildInvoiceCii } from './factur-x';
import { FacturXNotPossibleError, facturXProblems } from './facturx-requirements';
import { pricedInvoice, type MatrixLine } from '../../test/fixtures/cii-matrix';
import { ciiAmount, ciiQuantity, ciiRate } from './cii-values';
import { unitCode } from './unit-codes';

const line = (overrides: Partial<MatrixLine> = {}): MatrixLine => ({
  description: 'Audit',
  quantityMilli: 1000,
  unit: 'jour',
  unitPriceCents: 90_000,
  vatRateBp: 2000,
  ...overrides,
});
const fields = (...args: Parameters<typeof pricedInvoice>) =>
  facturXProblems(invoiceFacts(pricedInvoice(...args))).map((p) => p.field);

describe('facturXProblems', () => {
  it('accepts a complete invoice', () => {
    expect(fields('FACT-2026-001', [line()])).toEqual([]);
  });

  it('names the seller SIREN, VAT number and IBAN when missing', () => {
    expect(
      fields('FACT-2026-001', [line()], { company: sampleCompany({ siren: '', vatNumber: '', iban: '' }) }),
    ).toEqual(['seller.siren', 'seller.vatNumber', 'seller.iban']);
  });

  it('names a line whose unit has no UN/ECE code', () => {
    expect(fields('FACT-2026-001', [line(), line({ unit: 'palette' })])).toEqual(['lines.1.unit']);
  });

  it('names an exempt or reverse-charge line without its exemption reason, and a 0 % line marked standard', () => {
    expect(fields('FACT-2026-001', [line({ vatRateBp: 0, vatCategory: 'E' })])).toEqual(['lines.0.vatExemptionCode']);
    expect(
      fields('FACT-2026-001', [line({ vatRateBp: 0, vatCategory: 'E', vatExemptionCode: 'VATEX-EU-AE' })]),
    ).toEqual(['lines.0.vatExemptionCode']);
    expect(fields('FACT-2026-001', [line({ vatRateBp: 0, vatCategory: 'S' })])).toEqual(['lines.0.vatCategory']);
    expect(fields('FACT-2026-001', [line({ vatCategory: 'Z' })])).toEqual(['lines.0.vatRate']);
  });

  it('requires the customer VAT number for reverse charge', () => {
    const reverseCharge = line({ vatRateBp: 0, vatCategory: 'AE', vatExemptionCode: 'VATEX-EU-AE' });
    expect(fields('FACT-2026-001', [reverseCharge], { customer: sampleCustomer({ vatNumber: null }) })).toEqual([
      'customer.vatNumber',
    ]);
  });

  it('an imported number too long for ISO 11649 gives an XML without RF reference, not an error', () => {
    const xml = buildInvoiceCii(pricedInvoice('ANCIEN-LOGICIEL-2019-0000012345', [line()]));
    expect(xml).toContain('<ram:ID>ANCIEN-LOGICIEL-2019-0000012345</ram:ID>');
    expect(xml).not.toContain('PaymentReference');
  });

  it('the builder refuses what the check refuses', () => {
    expect(() => buildInvoiceCii(pricedInvoice('FACT-2026-001', [line({ unit: 'palette' })]))).toThrow(
      FacturXNotPossibleError,
    );
  });
});

describe('CII values and unit codes', () => {
  it('formats amounts, quantities and rates on integers', () => {
    expect([ciiAmount(123_405), ciiAmount(5), ciiAmount(-250)]).toEqual(['1234.05', '0.05', '-2.50']);
    expect([ciiQuantity(2_500), ciiQuantity(1_000), ciiQuantity(125)]).toEqual(['2.5', '1', '0.125']);
    expect([ciiRate(2000), ciiRate(550), ciiRate(210), ciiRate(1250)]).toEqual(['20', '5.5', '2.1', '12.5']);
  });

  it('maps the units people type, and nothing else', () => {
    expect([
      unitCode(null),
      unitCode('Jours'),
      unitCode('heure'),
      unitCode('h'),
      unitCode('kg'),
      unitCode('u.'),
      unitCode('Unité'),
    ]).toEqual(['C62', 'DAY', 'HUR', 'HUR', 'KGM', 'C62', 'C62']);
    expect(unitCode('palette')).toBeNull();
  });
});
