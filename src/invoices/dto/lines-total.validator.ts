import { ValidateBy, type ValidationOptions } from 'class-validator';
import { toBasisPoints, toMilli, totalsOf } from '../../common/money';
import { isWithinMaxAmount, MAX_AMOUNT_LABEL, MAX_QUANTITY } from '../../common/money-limits';

interface LineFields {
  quantity?: unknown;
  unitPriceCents?: unknown;
  vatRate?: unknown;
  discountPercent?: unknown;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Lines valid one by one may still add up beyond the maximum amount: checks the invoice total incl. VAT. */
export function LinesTotalWithinMax(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'linesTotalWithinMax',
      validator: {
        validate: (lines: unknown) => !Array.isArray(lines) || totalWithinMax(lines as LineFields[]),
        defaultMessage: () => `$property must add up to at most ${MAX_AMOUNT_LABEL} incl. VAT`,
      },
    },
    options,
  );
}

/** A line beyond its own limits is named by its field errors, not here. */
const withinOwnLimits = (line: LineFields): boolean =>
  Boolean(line) &&
  isNumber(line.quantity) &&
  line.quantity <= MAX_QUANTITY &&
  isNumber(line.unitPriceCents) &&
  isWithinMaxAmount(line.unitPriceCents) &&
  isNumber(line.vatRate ?? 0) &&
  isNumber(line.discountPercent ?? 0);

function totalWithinMax(lines: LineFields[]): boolean {
  if (!lines.every(withinOwnLimits)) {
    return true;
  }
  const priced = lines.map((line) => ({
    quantityMilli: toMilli(line.quantity as number),
    unitPriceCents: line.unitPriceCents as number,
    vatRateBp: toBasisPoints((line.vatRate ?? 0) as number),
    discountBp: toBasisPoints((line.discountPercent ?? 0) as number),
  }));
  return isWithinMaxAmount(totalsOf(priced).totalInclTaxCents);
}
