import type { DocumentFacts, LineFacts } from '../documents/document-facts';
import { VAT_EXEMPTIONS } from './vat-categories';

// What an invoice needs to make a valid Factur-X (EN 16931): checked at approval and again by the XML builder.

export interface FacturXProblem {
  /** The request-side name of the missing or wrong field: "seller.siren", "lines.2.unit", "customer.vatNumber". */
  field: string;
  message: string;
}

/** Thrown by the builder: the facts cannot make a valid Factur-X. */
export class FacturXNotPossibleError extends Error {
  constructor(readonly problems: FacturXProblem[]) {
    super(`Factur-X impossible: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'FacturXNotPossibleError';
  }
}

const COUNTRY = /^[A-Z]{2}$/;
const VAT_NUMBER = /^[A-Z]{2}[0-9A-Z+*.]{2,13}$/;

const blank = (value: string | null | undefined): boolean =>
  value === null || value === undefined || value.trim() === '';

function sellerProblems(seller: DocumentFacts['seller']): FacturXProblem[] {
  const problems: FacturXProblem[] = [];
  if (blank(seller.legalName)) {
    problems.push({ field: 'seller.legalName', message: 'the seller legal name is required' });
  }
  if (!/^\d{9}$/.test(seller.siren.replace(/\s/g, ''))) {
    problems.push({ field: 'seller.siren', message: 'the seller SIREN (9 digits) is required' });
  }
  if (!VAT_NUMBER.test(seller.vatNumber.replace(/\s/g, ''))) {
    problems.push({
      field: 'seller.vatNumber',
      message: 'the seller intra-EU VAT number is required for every VAT category',
    });
  }
  if (blank(seller.address.city) || blank(seller.address.postalCode)) {
    problems.push({ field: 'seller.address', message: 'the seller postal code and city are required' });
  }
  if (!COUNTRY.test(seller.address.country)) {
    problems.push({ field: 'seller.country', message: 'the seller country must be an ISO 3166 alpha-2 code' });
  }
  if (blank(seller.iban)) {
    problems.push({ field: 'seller.iban', message: 'the IBAN to be paid on is required (SEPA credit transfer)' });
  }
  return problems;
}

function buyerProblems(facts: DocumentFacts): FacturXProblem[] {
  const problems: FacturXProblem[] = [];
  if (blank(facts.buyer.name)) {
    problems.push({ field: 'customer.name', message: 'the customer name is required' });
  }
  if (!COUNTRY.test(facts.buyer.address.country)) {
    problems.push({ field: 'customer.country', message: 'the customer country must be an ISO 3166 alpha-2 code' });
  }
  const reverseCharge = facts.lines.some((line) => line.vatCategory === 'AE');
  if (reverseCharge && blank(facts.buyer.vatNumber)) {
    problems.push({
      field: 'customer.vatNumber',
      message: 'reverse charge (autoliquidation) requires the customer VAT number',
    });
  }
  return problems;
}

function lineProblems(line: LineFacts, index: number): FacturXProblem[] {
  const at = (name: string, message: string): FacturXProblem => ({ field: `lines.${index}.${name}`, message });
  const problems: FacturXProblem[] = [];
  if (line.unitCode === null) {
    problems.push(
      at('unit', `unit "${line.unit}" has no UN/ECE rec. 20 code (use e.g. jour, heure, unité, kg, forfait)`),
    );
  }
  if (line.vatCategory === 'S' && line.vatRateBp === 0) {
    problems.push(
      at('vatCategory', 'a 0 % line is zero-rated (Z), exempt (E) or reverse charge (AE), not standard (S)'),
    );
  }
  if (line.vatCategory !== 'S' && line.vatRateBp > 0) {
    problems.push(at('vatRate', `VAT category ${line.vatCategory} requires a 0 % rate`));
  }
  const exemption = line.vatExemptionCode === null ? undefined : VAT_EXEMPTIONS[line.vatExemptionCode];
  if ((line.vatCategory === 'E' || line.vatCategory === 'AE') && exemption?.category !== line.vatCategory) {
    problems.push(
      at(
        'vatExemptionCode',
        `an ${line.vatCategory === 'E' ? 'exempt' : 'reverse-charge'} line requires its exemption reason (VATEX code)`,
      ),
    );
  }
  if ((line.vatCategory === 'S' || line.vatCategory === 'Z') && line.vatExemptionCode !== null) {
    problems.push(at('vatExemptionCode', `a ${line.vatCategory} line has no exemption reason`));
  }
  return problems;
}

/** One exemption reason per category: the VAT breakdown carries a single reason per category and rate. */
function exemptionMixProblems(lines: LineFacts[]): FacturXProblem[] {
  const firstCode = new Map<string, string | null>();
  return lines.flatMap((line, index) => {
    if (!firstCode.has(line.vatCategory)) {
      firstCode.set(line.vatCategory, line.vatExemptionCode);
    }
    return firstCode.get(line.vatCategory) === line.vatExemptionCode
      ? []
      : [
          {
            field: `lines.${index}.vatExemptionCode`,
            message: `every ${line.vatCategory} line of a document must give the same exemption reason`,
          },
        ];
  });
}

/** Empty when the facts make a valid Factur-X; else each missing or wrong field. */
export function facturXProblems(facts: DocumentFacts): FacturXProblem[] {
  if (facts.lines.length === 0) {
    return [{ field: 'lines', message: 'at least one line is required' }];
  }
  return [
    ...sellerProblems(facts.seller),
    ...buyerProblems(facts),
    ...facts.lines.flatMap(lineProblems),
    ...exemptionMixProblems(facts.lines),
  ];
}

export function assertFacturXPossible(facts: DocumentFacts): void {
  const problems = facturXProblems(facts);
  if (problems.length > 0) {
    throw new FacturXNotPossibleError(problems);
  }
}
