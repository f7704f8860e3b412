import { generate, validate } from 'node-iso11649';

/** ISO 11649 allows at most 21 characters after "RF" and its two check digits. */
const MAX_REFERENCE_LENGTH = 21;

/**
 * The structured creditor reference (ISO 11649 "RF…") of an invoice, derived from its legal number so it needs no
 * storage: FACT-2026-001 → RF.. FACT2026001. Printed on the PDF, in payment instructions, the EPC QR code and the
 * Factur-X remittance field; bank matching reads it back.
 */
export function creditorReference(invoiceNumber: string): string {
  const reference = invoiceNumber.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (!reference || reference.length > MAX_REFERENCE_LENGTH) {
    throw new RangeError(`invoice number "${invoiceNumber}" cannot make an ISO 11649 reference`);
  }
  return generate(reference);
}

/** The same reference grouped by four, as people read and type it: "RF18 FACT 2026 001". */
export function printedCreditorReference(reference: string): string {
  return reference.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Whether a string (spaces allowed) is a valid RF reference, check digits included. */
export function isCreditorReference(text: string): boolean {
  return validate(text.replace(/\s+/g, '').toUpperCase());
}
