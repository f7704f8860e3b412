import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { BankApplicationLoop } from './bank-application.loop';
import { BankRepository, type NewMatch } from './bank.repository';
import { plannedMatches } from './match-application.service';
import { InvoiceIndex } from './matching/invoice-index';
import { suggest } from './matching/suggest';
import { loadOpenInvoices } from './open-invoices';

/**
 * Suggests for every new credit line; those at or above the company's threshold are stored as matches and left
 * APPLYING for the background loop (the upload answers without waiting on workflows); the rest wait "À rapprocher".
 */
@Injectable()
export class LineMatchingService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly bank: BankRepository,
    private readonly loop: BankApplicationLoop,
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
    const matches: NewMatch[] = [];
    const suggestions: Array<{ id: string; suggestions: Prisma.InputJsonValue }> = [];
    let automatic = 0;
    for (const line of credits) {
      const found = suggest(line, index);
      suggestions.push({ id: line.id, suggestions: found as unknown as Prisma.InputJsonValue });
      const best = found[0];
      if (!best || best.confidence < threshold) {
        continue;
      }
      automatic += 1;
      matches.push(...plannedMatches(line.id, 0, { ...best, automatic: true }, user.id));
      // Two lines of one file paying the same invoice: the second sees what the first left.
      for (const allocation of best.allocations) {
        index.deduct(allocation.invoiceId, allocation.amountCents);
      }
    }
    await this.bank.queueAutomatic(suggestions, matches);
    this.loop.wake();
    return {
      matchedAutomatically: automatic,
      toMatch: credits.length - automatic,
      debits: lines.length - credits.length,
    };
  }
}
