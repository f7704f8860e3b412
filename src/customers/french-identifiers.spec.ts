import {
  compactIdentifier,
  frenchVatKey,
  frenchVatNumberOf,
  isValidFrenchVatNumber,
  isValidSiren,
  isValidSiret,
  luhnValid,
} from './french-identifiers';

describe('French company identifiers', () => {
  it('checks the Luhn sum', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('12a')).toBe(false);
  });

  it('accepts a SIREN of 9 digits with a valid Luhn key only', () => {
    expect(isValidSiren('812345676')).toBe(true);
    expect(isValidSiren('552100554')).toBe(true);
    expect(isValidSiren('812345677')).toBe(false);
    expect(isValidSiren('81234567')).toBe(false);
    expect(isValidSiren('8123456760')).toBe(false);
  });

  it('accepts a SIRET whose own Luhn key and SIREN are valid', () => {
    expect(isValidSiret('81234567600025')).toBe(true);
    expect(isValidSiret('81234567600017')).toBe(true);
    expect(isValidSiret('81234567600026')).toBe(false);
    expect(isValidSiret('8123456760002')).toBe(false);
  });

  it("accepts La Poste's establishments by their digit sum", () => {
    expect(isValidSiret('35600000000047')).toBe(true);
    expect(isValidSiret('35600000000048')).toBe(false);
  });

  it('computes the VAT key from the SIREN', () => {
    expect(frenchVatKey('812345676')).toBe('19');
    expect(frenchVatNumberOf('812345676')).toBe('FR19812345676');
    expect(frenchVatKey('000000097')).toBe('12');
  });

  it('accepts a French VAT number only with the key of its SIREN', () => {
    expect(isValidFrenchVatNumber('FR19812345676')).toBe(true);
    expect(isValidFrenchVatNumber('FR18812345676')).toBe(false);
    expect(isValidFrenchVatNumber('DE19812345676')).toBe(false);
    expect(isValidFrenchVatNumber('FR1981234567')).toBe(false);
  });

  it('strips spaces and dots from typed identifiers', () => {
    expect(compactIdentifier('fr 19 812.345.676')).toBe('FR19812345676');
    expect(compactIdentifier(42)).toBe(42);
  });
});
