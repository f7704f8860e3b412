import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { Prisma } from '../generated/prisma/client';
import { mapBounded } from '../common/bounded-pool';
import { PrismaService } from '../prisma/prisma.service';
import { BankRepository } from './bank.repository';
import { MatchApplicationService, type LineToApply } from './match-application.service';
import { InvoiceIndex } from './matching/invoice-index';
import { suggest, type Suggestion } from './matching/suggest';
import { loadOpenInvoices } from './open-invoices';

/** Workflow updates in flight while a statement's automatic matches are applied (each invoice's run is its own lock). */
const APPLY_CONCURRENCY = 16;

/** Suggests for every new credit line, applies those at or above the company's threshold, queues the rest. */
@Injectable()
export class LineMatchingService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly bank: BankRepository,
    private readonly application: MatchApplicationService,
  ) {}

  async matchNewLines(
    user: AuthUser,
    lineIds: string[],
  ): Promise<{ matchedAutomatically: number; toMatch: number; debits: number }> {
    const lines = await this.bank.linesByIds(lineIds);
    const credits = lines.filter((line) => line.status === 'TO_MATCH');
    if (credits.length === 0) {
      return { matchedAutomatically: 0, toMatch: 0, debits: lines.length };
    }
    const [invoices, payerIbans, threshold] = await Promise.all([
      loadOpenInvoices(this.prisma, user.companyId),
      this.bank.knownPayerIbans(user.companyId),
      this.bank.threshold(user.companyId),
    ]);
    const index = new InvoiceIndex(invoices, payerIbans);
    const automatic: Array<{ line: LineToApply; suggestion: Suggestion }> = [];
    const suggestions: Array<{ id: string; suggestions: Prisma.InputJsonValue }> = [];
    for (const line of credits) {
      const found = suggest(line, index);
      suggestions.push({ id: line.id, suggestions: found as unknown as Prisma.InputJsonValue });
      const best = found[0];
      if (!best || best.confidence < threshold) {
        continue;
      }
      automatic.push({ line: { ...line, companyId: user.companyId }, suggestion: best });
      // Two lines of one file paying the same invoice: the second sees what the first left.
      for (const allocation of best.allocations) {
        index.deduct(allocation.invoiceId, allocation.amountCents);
      }
    }
    await this.bank.saveSuggestions(suggestions);
    const applied = await this.applyAll(user, automatic);
    return { matchedAutomatically: applied, toMatch: credits.length - applied, debits: lines.length - credits.length };
  }

  // Lines paying the same invoice go one after the other; different invoices in parallel.
  private async applyAll(
    user: AuthUser,
    automatic: Array<{ line: LineToApply; suggestion: Suggestion }>,
  ): Promise<number> {
    const chains = new Map<string, Promise<unknown>>();
    const results = await mapBounded(automatic, APPLY_CONCURRENCY, async ({ line, suggestion }) => {
      const keys = suggestion.allocations.map((a) => a.invoiceId);
      const before = Promise.all(keys.map((key) => chains.get(key)));
      const run = before.then(() => this.application.applyOrQueue(user, line, { ...suggestion, automatic: true }));
      for (const key of keys) {
        chains.set(
          key,
          run.catch(() => undefined),
        );
      }
      return run;
    });
    return results.filter(Boolean).length;
  }
}
