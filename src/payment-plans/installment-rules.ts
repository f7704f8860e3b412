import type { FieldError } from '../common/http-errors';

export interface InstallmentRequest {
  dueDate: string;
  amountCents: number;
}

const isCalendarDate = (date: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** A plan's shape: at least two installments, real dates after `today`, strictly increasing, summing to the balance. */
export function installmentErrors(
  installments: InstallmentRequest[],
  today: string,
  balanceCents: number,
): FieldError[] {
  const errors: FieldError[] = [];
  if (installments.length < 2) {
    errors.push({ field: 'installments', message: 'a payment plan needs at least 2 installments' });
  }
  installments.forEach((installment, index) => {
    const field = `installments.${index}.dueDate`;
    const previous = installments[index - 1];
    if (!isCalendarDate(installment.dueDate)) {
      errors.push({ field, message: 'must be a calendar date YYYY-MM-DD' });
    } else if (installment.dueDate <= today) {
      errors.push({ field, message: `must be in the future (after ${today})` });
    } else if (previous && installment.dueDate <= previous.dueDate) {
      errors.push({ field, message: `must come after installment ${index} (${previous.dueDate})` });
    }
  });
  const total = installments.reduce((sum, i) => sum + i.amountCents, 0);
  if (installments.length >= 2 && total !== balanceCents) {
    errors.push({
      field: 'installments',
      message: `the installments sum to ${total} cents; they must sum to the balance of ${balanceCents} cents`,
    });
  }
  return errors;
}
