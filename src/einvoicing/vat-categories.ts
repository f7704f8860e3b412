import type { VatCategory } from '../generated/prisma/enums';

// EN 16931 VAT categories of a line and the exemption reasons (VATEX codes) we know how to print.

export type { VatCategory };

/** A line without an explicit category: standard rate when positive, zero-rated at 0 %. */
export function lineVatCategory(line: { vatCategory: VatCategory | null; vatRateBp: number }): VatCategory {
  return line.vatCategory ?? (line.vatRateBp > 0 ? 'S' : 'Z');
}

/** The printed exemption text of each VATEX code, and the category it belongs to. */
export const VAT_EXEMPTIONS: Record<string, { category: 'E' | 'AE'; reason: string }> = {
  'VATEX-FR-FRANCHISE': { category: 'E', reason: 'TVA non applicable, art. 293 B du CGI' },
  'VATEX-EU-132': { category: 'E', reason: 'Exonération de TVA, art. 261 du CGI (intérêt général)' },
  'VATEX-FR-CGI261-4': { category: 'E', reason: 'Exonération de TVA, art. 261-4 du CGI' },
  'VATEX-FR-CGI261C-1': {
    category: 'E',
    reason: 'Exonération de TVA, art. 261 C du CGI (opérations bancaires et financières)',
  },
  'VATEX-EU-AE': { category: 'AE', reason: 'Autoliquidation' },
  'VATEX-FR-AE': { category: 'AE', reason: 'Autoliquidation (art. 283 du CGI)' },
};

export const VAT_EXEMPTION_CODES = Object.keys(VAT_EXEMPTIONS);

/** The categories a 0 % line may have; a positive rate is always S. */
export const ZERO_RATE_CATEGORIES: VatCategory[] = ['Z', 'E', 'AE'];

export function exemptionReason(code: string | null): string | null {
  return code === null ? null : (VAT_EXEMPTIONS[code]?.reason ?? null);
}
