import { creditorReference, isCreditorReference, printedCreditorReference } from './creditor-reference';

describe('creditorReference', () => {
  it('derives a valid ISO 11649 reference from the legal number', () => {
    const reference = creditorReference('FACT-2026-001');
    expect(reference).toMatch(/^RF\d{2}FACT2026001$/);
    expect(isCreditorReference(reference)).toBe(true);
  });

  it('gives different numbers different references, and the check digits catch a typo', () => {
    const first = creditorReference('FACT-2026-001');
    expect(creditorReference('FACT-2026-002')).not.toBe(first);
    expect(isCreditorReference(first.replace('2026001', '2026010'))).toBe(false);
  });

  it('reads a grouped reference as people type it', () => {
    const printed = printedCreditorReference(creditorReference('AV-2026-014'));
    expect(printed).toMatch(/^RF\d{2} AV20 2601 4$/);
    expect(isCreditorReference(printed.toLowerCase())).toBe(true);
  });

  it('refuses a number too long for the standard', () => {
    expect(() => creditorReference('FACT-2026-0000000000000000001')).toThrow(RangeError);
  });
});
