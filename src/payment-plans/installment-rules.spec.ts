import { installmentErrors } from './installment-rules';

const TODAY = '2026-12-01';
const fields = (installments: Array<{ dueDate: string; amountCents: number }>, balance = 1000) =>
  installmentErrors(installments, TODAY, balance).map((e) => e.field);

describe('installmentErrors', () => {
  it('accepts future, strictly increasing installments summing to the balance', () => {
    expect(
      installmentErrors(
        [
          { dueDate: '2026-12-15', amountCents: 400 },
          { dueDate: '2027-01-15', amountCents: 600 },
        ],
        TODAY,
        1000,
      ),
    ).toEqual([]);
  });

  it('names the installment whose date is past, today, invalid or not after the previous one', () => {
    expect(
      fields([
        { dueDate: TODAY, amountCents: 500 },
        { dueDate: '2026-12-20', amountCents: 500 },
      ]),
    ).toEqual(['installments.0.dueDate']);
    expect(
      fields([
        { dueDate: '2026-12-20', amountCents: 500 },
        { dueDate: '2026-12-20', amountCents: 500 },
      ]),
    ).toEqual(['installments.1.dueDate']);
    expect(
      fields([
        { dueDate: '2026-12-20', amountCents: 300 },
        { dueDate: '2027-01-20', amountCents: 300 },
        { dueDate: '2026-12-25', amountCents: 400 },
      ]),
    ).toEqual(['installments.2.dueDate']);
    expect(
      fields([
        { dueDate: '2026-12-20', amountCents: 500 },
        { dueDate: '2027-02-30', amountCents: 500 },
      ]),
    ).toEqual(['installments.1.dueDate']);
  });

  it('refuses a single installment and a sum other than the balance', () => {
    expect(fields([{ dueDate: '2026-12-20', amountCents: 1000 }])).toEqual(['installments']);
    expect(
      fields([
        { dueDate: '2026-12-20', amountCents: 500 },
        { dueDate: '2027-01-20', amountCents: 499 },
      ]),
    ).toEqual(['installments']);
  });
});
