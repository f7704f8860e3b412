import { totalsOf } from '../common/money';
import { creditNoteAmounts, type CreditableInvoice } from './credit-note-amounts';

function invoiceOf(
  lines: Array<{ id: string; quantityMilli: number; unitPriceCents: number; vatRateBp: number }>,
): CreditableInvoice {
  const priced = lines.map((l) => ({ ...l, discountBp: 0 }));
  const totals = totalsOf(priced);
  return {
    totalInclTaxCents: totals.totalInclTaxCents,
    vatBreakdown: totals.vatBreakdown,
    lines: priced.map((l, i) => ({
      ...l,
      description: `line ${l.id}`,
      unit: null,
      totalExclTaxCents: totals.lineTotals[i],
    })),
    creditNotes: [],
  };
}

function withCredit(invoice: CreditableInvoice, credit: ReturnType<typeof creditNoteAmounts>): CreditableInvoice {
  return {
    ...invoice,
    creditNotes: [...invoice.creditNotes, { vatBreakdown: credit.vatBreakdown, lines: credit.lines }],
  };
}

describe('creditNoteAmounts', () => {
  const invoice = invoiceOf([
    { id: 'a', quantityMilli: 3000, unitPriceCents: 3333, vatRateBp: 2000 },
    { id: 'b', quantityMilli: 1000, unitPriceCents: 10001, vatRateBp: 550 },
  ]);

  it('credits everything with a full credit note, to the cent', () => {
    const full = creditNoteAmounts(invoice, 'ALL_REMAINING');
    expect(full.totalInclTaxCents).toBe(invoice.totalInclTaxCents);
    expect(full.vatBreakdown).toEqual(invoice.vatBreakdown);
  });

  it('prices a partial credit like the invoice and keeps the remainder exact', () => {
    const first = creditNoteAmounts(invoice, [{ invoiceLineId: 'a', quantityMilli: 1000 }]);
    expect(first.lines[0].totalExclTaxCents).toBe(3333);
    expect(first.vatBreakdown).toEqual([{ vatRateBp: 2000, baseCents: 3333, taxCents: 667 }]);
    const second = creditNoteAmounts(withCredit(invoice, first), [{ invoiceLineId: 'a', quantityMilli: 1000 }]);
    const rest = creditNoteAmounts(withCredit(withCredit(invoice, first), second), 'ALL_REMAINING');
    expect(first.totalInclTaxCents + second.totalInclTaxCents + rest.totalInclTaxCents).toBe(invoice.totalInclTaxCents);
  });

  it('refuses more than remains, unknown lines and an empty credit', () => {
    const first = creditNoteAmounts(invoice, [{ invoiceLineId: 'b', quantityMilli: 1000 }]);
    expect(() => creditNoteAmounts(withCredit(invoice, first), [{ invoiceLineId: 'b', quantityMilli: 1 }])).toThrow(
      /lines.0.quantity: only 0 remain/,
    );
    expect(() => creditNoteAmounts(invoice, [{ invoiceLineId: 'zzz', quantityMilli: 1000 }])).toThrow(
      /lines.0.invoiceLineId/,
    );
    const all = creditNoteAmounts(invoice, 'ALL_REMAINING');
    expect(() => creditNoteAmounts(withCredit(invoice, all), 'ALL_REMAINING')).toThrow(/Nothing remains/);
  });
});
