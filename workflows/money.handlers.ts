import { setHandler } from '@temporalio/workflow';
import {
  issueCreditNoteUpdate,
  recordPaymentUpdate,
  RefusalType,
  type CreditNoteInput,
  type CreditNoteOutcome,
  type PaymentInput,
  type PaymentOutcome,
} from './invoice.contract';
import type { Doors } from './activities';
import { refuse, requireIssuedAndOpen } from './refusals';
import { nowIso, type InvoiceRun } from './state';

/** Payments and credit notes: checked again under the lock, so a check and the write it guards see the same balance. */
export function registerMoneyHandlers(run: InvoiceRun, doors: Doors): void {
  const money = new MoneyUpdates(run, doors);
  setHandler(recordPaymentUpdate, (input) => money.recordPayment(input), {
    validator: (input) => money.validatePayment(input),
  });
  setHandler(issueCreditNoteUpdate, (input) => money.issueCreditNote(input), {
    validator: (input) => money.validateCreditNote(input),
  });
}

class MoneyUpdates {
  constructor(
    private readonly run: InvoiceRun,
    private readonly doors: Doors,
  ) {}

  recordPayment(input: PaymentInput): Promise<PaymentOutcome> {
    return this.run.exclusive(async () => {
      this.validatePayment(input);
      const { requestId, actor, amountCents, paidAt, method, reference } = input;
      const result = await this.doors.db.recordPayment({
        invoiceId: this.run.invoiceId,
        requestId,
        actor,
        amountCents,
        paidAt,
        method,
        reference,
      });
      this.run.recordPayment(result.paidCents);
      return result;
    });
  }

  validatePayment(input: PaymentInput): void {
    requireIssuedAndOpen(this.run, 'record a payment');
    if (input.amountCents > this.run.balanceCents) {
      refuse(
        RefusalType.UNPROCESSABLE,
        `Overpayment refused: ${input.amountCents} cents exceeds the balance of ${this.run.balanceCents} cents`,
      );
    }
  }

  async issueCreditNote(input: CreditNoteInput): Promise<CreditNoteOutcome> {
    const result = await this.run.exclusive(async () => {
      this.validateCreditNote(input);
      const { requestId, actor, reason, full, lines } = input;
      const issued = await this.doors.db.issueCreditNote({
        invoiceId: this.run.invoiceId,
        requestId,
        actor,
        reason,
        full,
        lines,
        at: nowIso(),
      });
      this.run.recordCredit(issued.creditedCents);
      return issued;
    });
    // Outside the lock: rendering and mailing the credit note must not hold up payments.
    await this.doors.documents.deliverCreditNote({
      creditNoteId: result.creditNoteId,
      idempotencyKey: `${this.run.workflowId}:credit-note:${result.number}`,
    });
    return result;
  }

  validateCreditNote(input: CreditNoteInput): void {
    requireIssuedAndOpen(this.run, 'issue a credit note');
    if (!input.full && input.lines.length === 0) {
      refuse(RefusalType.UNPROCESSABLE, 'A partial credit note needs at least one line');
    }
  }
}
