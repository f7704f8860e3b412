import { creditorReference, printedCreditorReference } from '../../payments/creditor-reference';
import { InvoiceIndex, numberKeys, type OpenInvoice } from './invoice-index';
import { CONFIDENCE, suggest } from './suggest';

const invoice = (
  id: string,
  number: string,
  balanceCents: number,
  customerId = 'c1',
  customerName = 'Durand & Fils SARL',
): OpenInvoice => ({ id, number, customerId, customerName, balanceCents });
const invoices = [
  invoice('i1', 'FACT-2026-001', 120_000),
  invoice('i2', 'FACT-2026-002', 50_000),
  invoice('i3', 'FACT-CONSEIL-2026-014', 80_000, 'c2', 'Martin Conseil'),
  invoice('i4', 'FACT-2026-004', 80_000, 'c3', 'Bernard SA'),
];
const index = new InvoiceIndex(invoices, new Map([['FR7610107001011234567890129', 'c2']]));
const line = (amountCents: number, label: string, extra: Partial<Parameters<typeof suggest>[0]> = {}) => ({
  amountCents,
  label,
  ...extra,
});

describe('suggest', () => {
  it('first trusts the structured RF reference, from the remittance field or printed in the label', () => {
    const [fromField] = suggest(
      line(120_000, 'VIR SEPA', { creditorReference: creditorReference('FACT-2026-001') }),
      index,
    );
    expect(fromField).toMatchObject({
      allocations: [{ invoiceId: 'i1', amountCents: 120_000 }],
      confidence: CONFIDENCE.reference,
      surplusCents: 0,
    });
    const [printed] = suggest(
      line(20_000, `REGLEMENT ${printedCreditorReference(creditorReference('FACT-2026-002'))} MERCI`),
      index,
    );
    expect(printed).toMatchObject({
      allocations: [{ invoiceId: 'i2', amountCents: 20_000 }],
      reason: 'Référence structurée FACT-2026-002',
    });
  });

  it('ignores an RF reference whose check digits are wrong', () => {
    const wrong = creditorReference('FACT-2026-001').replace(
      /^RF(\d\d)/,
      (_m, d: string) => `RF${String((Number(d) + 1) % 100).padStart(2, '0')}`,
    );
    expect(suggest(line(120_000, `VIR ${wrong}`), index).every((s) => s.confidence < CONFIDENCE.reference)).toBe(true);
  });

  it.each(['FACT-2026-001', 'FACT 2026 001', 'F2026001', 'VIR FACT2026001', 'fact/2026/1'])(
    'finds the invoice number in the label, tolerant: %s',
    (label) => {
      expect(suggest(line(1_000, label), index)[0]).toMatchObject({
        allocations: [{ invoiceId: 'i1' }],
        confidence: CONFIDENCE.number,
      });
    },
  );

  it('finds a series number and splits a transfer naming two invoices, keeping the surplus', () => {
    expect(numberKeys('FACT-CONSEIL-2026-014')).toEqual(
      expect.arrayContaining(['CONSEIL|2026|14', 'FACTCONSEIL|2026|14']),
    );
    expect(suggest(line(80_000, 'PAIEMENT CONSEIL-2026-014'), index)[0].allocations).toEqual([
      { invoiceId: 'i3', number: 'FACT-CONSEIL-2026-014', amountCents: 80_000 },
    ]);
    const [split] = suggest(line(200_000, 'FACT-2026-001 ET FACT-2026-002'), index);
    expect(split.allocations.map((a) => [a.invoiceId, a.amountCents])).toEqual([
      ['i1', 120_000],
      ['i2', 50_000],
    ]);
    expect(split.surplusCents).toBe(30_000);
  });

  it('then the exact amount with the payer: a known IBAN beats a name, a bare amount stays low', () => {
    const [byIban] = suggest(line(80_000, 'VIREMENT', { payerIban: 'FR7610107001011234567890129' }), index);
    expect(byIban).toMatchObject({ allocations: [{ invoiceId: 'i3' }], confidence: CONFIDENCE.amountAndIban });
    const [byName] = suggest(line(80_000, 'VIR BERNARD'), index);
    expect(byName).toMatchObject({ allocations: [{ invoiceId: 'i4' }], confidence: CONFIDENCE.amountAndName });
    expect(suggest(line(80_000, 'VIREMENT'), index).map((s) => s.confidence)).toEqual([
      CONFIDENCE.amountOnly,
      CONFIDENCE.amountOnly,
    ]);
    expect(suggest(line(12_345, 'VIREMENT INCONNU'), index)).toEqual([]);
  });

  it('suggests nothing for a debit', () => {
    expect(suggest(line(-120_000, 'FACT-2026-001'), index)).toEqual([]);
  });
});
