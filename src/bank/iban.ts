import type * as IbanTools from 'ibantools' with { 'resolution-mode': 'import' };

// ibantools ships ESM type declarations beside its CommonJS build: the build is loaded, typed by its declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ibantools = require('ibantools') as typeof IbanTools;

/** "FR76 3000 6000 …" → "FR7630006000…" when it is a valid IBAN (check digits, country length), else undefined. */
export function validIban(text: string): string | undefined {
  const iban = ibantools.electronicFormatIBAN(text) ?? '';
  return ibantools.isValidIBAN(iban) ? iban : undefined;
}

export function isValidBic(text: string): boolean {
  return ibantools.isValidBIC(text);
}
