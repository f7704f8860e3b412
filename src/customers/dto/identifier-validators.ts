import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidFrenchVatNumber, isValidSiren, isValidSiret } from '../french-identifiers';

// Messages start with $property: the 400 keeps "field: message" and drops the property name from the text.
const rule = (name: string, test: (value: string) => boolean, message: string) => (options?: ValidationOptions) =>
  ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && test(value),
        defaultMessage: () => message,
      },
    },
    options,
  );

export const IsSiren = rule('isSiren', isValidSiren, '$property must be a SIREN: 9 digits with a valid Luhn key');
export const IsSiret = rule('isSiret', isValidSiret, '$property must be a SIRET: 14 digits with a valid Luhn key');
export const IsFrenchVatNumber = rule(
  'isFrenchVatNumber',
  isValidFrenchVatNumber,
  '$property must be FR + a 2-digit key + the SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97',
);
