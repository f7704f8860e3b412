import { HttpException, Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { actorOf } from '../invoices/invoice-actions.service';
import { InvoiceWorkflowsService } from '../invoices/invoice-workflows.service';
import { UpdatePendingResponse } from '../invoices/update-pending.response';
import { recordPaymentUpdate, type Actor } from '../../workflows/invoice.contract';
import { BankRepository, type NewMatch } from './bank.repository';
import type { Allocation } from './matching/suggest';

export interface LineToApply {
  id: string;
  companyId: string;
  bookingDate: Date;
  amountCents: number;
  label: string;
}

export interface Application {
  allocations: Allocation[];
  /** Whose credit the surplus becomes (the customer of the invoices paid). */
  customerId: string;
  reason: string;
  confidence: number;
  automatic: boolean;
}

/**
 * Applies a bank line to invoices through each invoice workflow's payment update, keyed by the line (and the attempt,
 * so a line re-applied after an undo is a new payment): partial → "Partiellement payée", full → "Payée" + receipt.
 * What is left above the balances is kept as the customer's credit.
 */
@Injectable()
export class MatchApplicationService {
  private readonly logger = new Logger('BankMatching');

  constructor(
    private readonly bank: BankRepository,
    private readonly workflows: InvoiceWorkflowsService,
    private readonly audit: AuditService,
  ) {}

  async apply(user: AuthUser, line: LineToApply, application: Application): Promise<void> {
    const attempt = await this.bank.matchCount(line.id);
    const matches = plannedMatches(line.id, attempt, application, user.id);
    await this.bank.createMatches(matches);
    await this.record(line, matches, this.actorFor(user, application.automatic), application, { retried: false });
  }

  /**
   * Records the payments of matches already stored under their keys (those in `recorded` are done already), then the
   * surplus credit, the status and the audit entry. A refusal drops the refused match and is thrown; so does an outage,
   * unless the caller retries the same keys later (`retried`).
   */
  async record(
    line: LineToApply,
    matches: StoredMatch[],
    actor: Actor,
    application: Application,
    { recorded = new Map<string, string>(), retried }: RecordOptions,
  ): Promise<void> {
    const paidAt = line.bookingDate.toISOString();
    for (const match of matches) {
      const paymentId = recorded.get(match.requestId);
      if (paymentId) {
        await this.bank.setMatchPayment(match.requestId, paymentId);
        continue;
      }
      const payment = {
        actor,
        requestId: match.requestId,
        amountCents: match.amountCents,
        paidAt,
        method: 'BANK_TRANSFER' as const,
        reference: line.label.slice(0, 140) || undefined,
      };
      try {
        const outcome = await this.workflows.update(match.invoiceId, recordPaymentUpdate, [payment], match.requestId);
        await this.bank.setMatchPayment(match.requestId, outcome.paymentId);
      } catch (error) {
        // Held by Temporal until a worker polls: it will be applied with the same key, the match stands (a retrying
        // caller asks again later with the same key, and learns the payment id).
        if (error instanceof UpdatePendingResponse && !retried) {
          continue;
        }
        if (isRefusal(error) || !retried) {
          await this.bank.deleteMatch(match.requestId);
        }
        throw error;
      }
    }
    await this.conclude(line, matches, actor, application);
  }

  /** Same as record, but a refusal (e.g. the invoice got paid meanwhile) leaves the line in the queue with the reason. */
  async recordOrQueue(
    line: LineToApply,
    matches: StoredMatch[],
    actor: Actor,
    application: Application,
    recorded: ReadonlyMap<string, string>,
  ): Promise<boolean> {
    try {
      await this.record(line, matches, actor, application, { recorded, retried: true });
      return true;
    } catch (error) {
      if (!isRefusal(error)) {
        throw error;
      }
      this.logger.warn(`bank line ${line.id} left to match: ${error.message}`);
      await this.bank.setStatus(line.id, 'TO_MATCH', `Rapprochement automatique refusé : ${error.message}`);
      return false;
    }
  }

  private async conclude(line: LineToApply, matches: StoredMatch[], actor: Actor, application: Application) {
    const surplusCents = line.amountCents - matches.reduce((sum, m) => sum + m.amountCents, 0);
    if (surplusCents > 0) {
      await this.bank.keepCredit({
        companyId: line.companyId,
        customerId: application.customerId,
        bankLineId: line.id,
        amountCents: surplusCents,
      });
    }
    await this.bank.setStatus(line.id, 'MATCHED');
    const details = {
      bankLineId: line.id,
      invoices: matches.map((m) => ({ invoiceId: m.invoiceId, amountCents: m.amountCents })),
      surplusCents,
      reason: application.reason,
      confidence: application.confidence,
      automatic: application.automatic,
    };
    await this.audit.record({
      companyId: line.companyId,
      actorId: actor.userId,
      actorLabel: actor.name,
      action: 'bank.line-matched',
      details,
    });
  }

  private actorFor(user: AuthUser, automatic: boolean): Actor {
    return automatic ? automaticActor(actorOf(user)) : actorOf(user);
  }
}

/** The workflow (or the API) said no: 4xx. A 202 pending or a 503 outage is no answer yet. */
function isRefusal(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500;
}

interface RecordOptions {
  /** Payment ids by key, of the matches already recorded. */
  recorded?: ReadonlyMap<string, string>;
  /** The caller retries the same keys after an outage (the background loop): the matches stay. */
  retried: boolean;
}

/** Who a payment applied without a human is recorded as: the importer, marked automatic. */
export const automaticActor = (importer: Actor): Actor => ({
  ...importer,
  name: `${importer.name} (rapprochement automatique)`,
});

/** A match as stored before its payment is asked: the key is fixed, so a retry finds the same payment. */
export type StoredMatch = Pick<NewMatch, 'invoiceId' | 'amountCents' | 'requestId'>;

/** The match rows of one application, keyed `bank-line:<line id>:<n>` (n counts on after an undo). */
export function plannedMatches(lineId: string, attempt: number, application: Application, userId: string): NewMatch[] {
  return application.allocations.map((allocation, i) => ({
    bankLineId: lineId,
    invoiceId: allocation.invoiceId,
    amountCents: allocation.amountCents,
    reason: application.reason,
    confidence: application.confidence,
    automatic: application.automatic,
    requestId: `bank-line:${lineId}:${attempt + i + 1}`,
    appliedById: userId,
  }));
}
