// French company identifiers: SIREN (9 digits), SIRET (SIREN + 5-digit establishment number), intra-EU VAT number.

/** La Poste's establishments break the Luhn rule on SIRET: their digits sum to a multiple of 5 instead. */
const LA_POSTE_SIREN = '356000000';

/** Luhn checksum over a string of digits (every second digit from the right doubled). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) {
    return false;
  }
  if (value.startsWith(LA_POSTE_SIREN)) {
    return [...value].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  }
  return isValidSiren(value.slice(0, 9)) && luhnValid(value);
}

/** The 2-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

export function frenchVatNumberOf(siren: string): string {
  return `FR${frenchVatKey(siren)}${siren}`;
}

/** FR + key + a valid SIREN, the key matching that SIREN. */
export function isValidFrenchVatNumber(value: string): boolean {
  const match = /^FR(\d{2})(\d{9})$/.exec(value);
  return !!match && isValidSiren(match[2]) && match[1] === frenchVatKey(match[2]);
}

/** "FR 19 812 345 676" → "FR19812345676": people type identifiers with spaces and dots. */
export function compactIdentifier(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/[\s.]+/g, '').toUpperCase() : value;
}
