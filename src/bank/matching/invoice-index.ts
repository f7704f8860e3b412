import { creditorReference, isCreditorReference } from '../../payments/creditor-reference';

/** An invoice a transfer may pay: issued, with a running workflow and a balance. */
export interface OpenInvoice {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  balanceCents: number;
}

/** Open invoices indexed the three ways a bank line points at them: RF reference, number, customer + amount. */
export class InvoiceIndex {
  readonly byId = new Map<string, OpenInvoice>();
  readonly byReference = new Map<string, OpenInvoice>();
  readonly byNumberKey = new Map<string, OpenInvoice>();
  readonly byCustomer = new Map<string, OpenInvoice[]>();
  readonly byAmount = new Map<number, OpenInvoice[]>();
  readonly customerNames: Array<{ customerId: string; words: string[] }> = [];

  constructor(
    invoices: OpenInvoice[],
    /** IBAN → customer id, learnt from earlier matches. */
    readonly payerIbans: Map<string, string> = new Map(),
  ) {
    const seenCustomers = new Set<string>();
    for (const invoice of invoices) {
      this.byId.set(invoice.id, invoice);
      const reference = safeReference(invoice.number);
      if (reference) {
        this.byReference.set(reference, invoice);
      }
      for (const key of numberKeys(invoice.number)) {
        this.byNumberKey.set(key, invoice);
      }
      push(this.byCustomer, invoice.customerId, invoice);
      push(this.byAmount, invoice.balanceCents, invoice);
      if (!seenCustomers.has(invoice.customerId)) {
        seenCustomers.add(invoice.customerId);
        this.customerNames.push({ customerId: invoice.customerId, words: significantWords(invoice.customerName) });
      }
    }
  }

  /** A balance lowered by a match applied from the same file: later lines see what is left. */
  deduct(invoiceId: string, amountCents: number): void {
    const invoice = this.byId.get(invoiceId);
    if (!invoice) {
      return;
    }
    const sameAmount = this.byAmount.get(invoice.balanceCents) ?? [];
    this.byAmount.set(
      invoice.balanceCents,
      sameAmount.filter((i) => i.id !== invoiceId),
    );
    invoice.balanceCents -= amountCents;
    if (invoice.balanceCents > 0) {
      push(this.byAmount, invoice.balanceCents, invoice);
    }
  }
}

/**
 * The keys a legal number is found under in a label: FACT-2026-001 → FACT|2026|1 and F|2026|1 (so "FACT 2026 001",
 * "FACT2026001" and "F2026001" all find it); a series (FACT-CONSEIL-2026-001) adds CONSEIL|2026|1 and FACTCONSEIL|2026|1.
 */
export function numberKeys(number: string): string[] {
  const parts = number
    .toUpperCase()
    .split(/[^0-9A-Z]+/)
    .filter(Boolean);
  const [year, sequence] = parts.slice(-2);
  const letters = parts.slice(0, -2);
  if (!/^\d{4}$/.test(year ?? '') || !/^\d+$/.test(sequence ?? '') || letters.length === 0) {
    return [];
  }
  const tail = `${year}|${Number(sequence)}`;
  const prefixes = new Set([letters.join(''), letters[0], letters[0][0], letters[letters.length - 1]]);
  return [...prefixes].map((prefix) => `${prefix}|${tail}`);
}

/** Candidate numbers in a free-text label: letters, then a 4-digit year, then a sequence, with any separators. */
export function labelNumberKeys(label: string): string[] {
  const keys: string[] = [];
  for (const match of label.toUpperCase().matchAll(/([A-Z]+)[\s\-_./]*(\d{4})[\s\-_./]*(\d{1,6})(?!\d)/g)) {
    const [, letters, year, sequence] = match;
    // "VIRFACT2026001": the prefix may be glued to the word before it.
    for (let start = 0; start < letters.length; start += 1) {
      keys.push(`${letters.slice(start)}|${year}|${Number(sequence)}`);
    }
  }
  return keys;
}

/** Valid RF references in a text, spaces allowed inside ("RF18 FACT 2026 001"). */
export function labelReferences(text: string): string[] {
  const found: string[] = [];
  for (const match of text.toUpperCase().matchAll(/RF\s?\d{2}(?:\s?[0-9A-Z]){1,21}/g)) {
    const compact = match[0].replace(/\s+/g, '');
    // The pattern may swallow the next word: the longest prefix that is a valid reference wins.
    for (let end = compact.length; end > 4; end -= 1) {
      if (isCreditorReference(compact.slice(0, end))) {
        found.push(compact.slice(0, end));
        break;
      }
    }
  }
  return found;
}

export function significantWords(name: string): string[] {
  const stop = new Set([
    'SARL',
    'SAS',
    'SASU',
    'SA',
    'EURL',
    'SCI',
    'ET',
    'LES',
    'DES',
    'DE',
    'DU',
    'LA',
    'LE',
    'ETS',
    'STE',
    'SOCIETE',
    'CIE',
  ]);
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^0-9A-Z]+/)
    .filter((word) => word.length >= 3 && !stop.has(word));
}

function safeReference(number: string): string | undefined {
  try {
    return creditorReference(number);
  } catch {
    return undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
