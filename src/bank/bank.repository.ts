import { Injectable } from '@nestjs/common';
import { Prisma, type BankLineStatus, type BankStatementFormat } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { withCents } from '../prisma/money-columns';
import type { CsvMapping } from './parsing';

export interface BankAccountInput {
  id?: string;
  label: string;
  iban: string;
  bic: string;
  csvMapping?: CsvMapping | null;
}

export interface NewBankLine {
  dedupKey: string;
  bookingDate: string;
  valueDate?: string;
  amountCents: number;
  label: string;
  remittanceInfo?: string;
  creditorReference?: string;
  payerName?: string;
  payerIban?: string;
  status: BankLineStatus;
}

export interface NewMatch {
  bankLineId: string;
  invoiceId: string;
  amountCents: number;
  reason: string;
  confidence: number;
  automatic: boolean;
  requestId: string;
  appliedById: string;
}

export const DEFAULT_AUTO_MATCH_THRESHOLD = 90;

const lineSelect = {
  id: true,
  companyId: true,
  bankAccountId: true,
  statementId: true,
  bookingDate: true,
  valueDate: true,
  amountCents: true,
  label: true,
  remittanceInfo: true,
  creditorReference: true,
  payerName: true,
  payerIban: true,
  status: true,
  suggestions: true,
  note: true,
  createdAt: true,
  matches: {
    orderBy: { createdAt: 'asc' },
    include: { invoice: { select: { number: true, externalNumber: true, customerId: true } } },
  },
  credits: true,
} satisfies Prisma.BankLineSelect;

export type BankLineRow = Awaited<ReturnType<BankRepository['line']>>;

/** The one writer of the bank tables: accounts, settings, statements, lines, matches and customer credits. */
@Injectable()
export class BankRepository {
  constructor(private readonly prisma: PrismaService) {}

  accounts(companyId: string) {
    return this.prisma.bankAccount.findMany({ where: { companyId }, orderBy: { createdAt: 'asc' } });
  }

  async threshold(companyId: string): Promise<number> {
    const settings = await this.prisma.bankSettings.findUnique({ where: { companyId } });
    return settings?.autoMatchThreshold ?? DEFAULT_AUTO_MATCH_THRESHOLD;
  }

  /** Replaces the company's accounts (kept by id or IBAN, so their statements stay attached) and its threshold. */
  async replaceAccounts(
    companyId: string,
    accounts: BankAccountInput[],
    autoMatchThreshold: number,
    tx: Prisma.TransactionClient,
  ): Promise<void> {
    const existing = await tx.bankAccount.findMany({ where: { companyId } });
    for (const account of accounts) {
      const data = {
        label: account.label,
        iban: account.iban,
        bic: account.bic,
        csvMapping: (account.csvMapping ?? undefined) as Prisma.InputJsonValue | undefined,
      };
      const kept = existing.find((row) => row.id === account.id || row.iban === account.iban);
      if (kept) {
        await tx.bankAccount.update({
          where: { id: kept.id },
          data: { ...data, csvMapping: account.csvMapping ? data.csvMapping : Prisma.DbNull },
        });
      } else {
        await tx.bankAccount.create({ data: { companyId, ...data } });
      }
    }
    const keptIbans = new Set(accounts.map((a) => a.iban));
    const dropped = existing.filter((row) => !keptIbans.has(row.iban)).map((row) => row.id);
    if (dropped.length > 0) {
      await tx.bankAccount.deleteMany({ where: { id: { in: dropped }, statements: { none: {} } } });
    }
    await tx.bankSettings.upsert({
      where: { companyId },
      create: { companyId, autoMatchThreshold },
      update: { autoMatchThreshold },
    });
  }

  /** Stores a statement's new lines; a line already stored (same account and key) is skipped by the unique index. */
  async storeStatement(
    statement: {
      companyId: string;
      bankAccountId: string;
      format: BankStatementFormat;
      fileName: string;
      sha256: string;
      importedById: string;
    },
    lines: NewBankLine[],
  ): Promise<{ statementId: string; newLineIds: string[] }> {
    return this.prisma.$transaction(async (tx) => {
      const known = await tx.bankLine.findMany({
        where: { bankAccountId: statement.bankAccountId, dedupKey: { in: lines.map((l) => l.dedupKey) } },
        select: { dedupKey: true },
      });
      const knownKeys = new Set(known.map((row) => row.dedupKey));
      const fresh = lines.filter((line) => !knownKeys.has(line.dedupKey));
      const created = await tx.bankStatement.create({
        data: {
          ...statement,
          lineCount: lines.length,
          newCount: fresh.length,
          duplicateCount: lines.length - fresh.length,
        },
      });
      const rows = fresh.map((line) => ({
        ...line,
        companyId: statement.companyId,
        bankAccountId: statement.bankAccountId,
        statementId: created.id,
        bookingDate: new Date(line.bookingDate),
        valueDate: line.valueDate ? new Date(line.valueDate) : undefined,
        amountCents: BigInt(line.amountCents),
      }));
      const inserted = await tx.bankLine.createManyAndReturn({
        data: rows,
        skipDuplicates: true,
        select: { id: true },
      });
      return { statementId: created.id, newLineIds: inserted.map((row) => row.id) };
    });
  }

  statements(companyId: string, take = 50) {
    return this.prisma.bankStatement.findMany({
      where: { companyId },
      orderBy: { createdAt: 'desc' },
      take,
      include: { account: { select: { label: true, iban: true } } },
    });
  }

  async line(companyId: string, id: string) {
    const row = await this.prisma.bankLine.findFirst({ where: { id, companyId }, select: lineSelect });
    return row && withCents(row);
  }

  async linesByIds(ids: string[]) {
    return withCents(await this.prisma.bankLine.findMany({ where: { id: { in: ids } }, select: lineSelect }));
  }

  async lines(
    companyId: string,
    filter: { status?: BankLineStatus; statementId?: string },
    page: { skip: number; take: number },
  ) {
    const where = { companyId, ...filter };
    const [rows, total] = await Promise.all([
      this.prisma.bankLine.findMany({
        where,
        select: lineSelect,
        orderBy: [{ bookingDate: 'desc' }, { createdAt: 'asc' }],
        ...page,
      }),
      this.prisma.bankLine.count({ where }),
    ]);
    return { rows: withCents(rows), total };
  }

  /** One statement for all of a statement's suggestions (a row-by-row UPDATE cost 10,000 round trips). */
  async saveSuggestions(
    updates: Array<{ id: string; suggestions: Prisma.InputJsonValue }>,
    tx: Prisma.TransactionClient = this.prisma,
  ): Promise<void> {
    if (updates.length === 0) {
      return;
    }
    const ids = updates.map((u) => u.id);
    const json = updates.map((u) => JSON.stringify(u.suggestions));
    await tx.$executeRaw`
      UPDATE "BankLine" AS l SET "suggestions" = v.suggestions::jsonb
      FROM unnest(${ids}::text[], ${json}::text[]) AS v(id, suggestions) WHERE l."id" = v.id`;
  }

  /** Suggestions saved and automatic matches stored with their keys, their lines APPLYING: all or nothing. */
  async queueAutomatic(
    suggestions: Array<{ id: string; suggestions: Prisma.InputJsonValue }>,
    matches: NewMatch[],
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.saveSuggestions(suggestions, tx);
      await this.createMatches(matches, tx);
      await tx.bankLine.updateMany({
        where: { id: { in: [...new Set(matches.map((m) => m.bankLineId))] } },
        data: { status: 'APPLYING' },
      });
    });
  }

  /** Claims up to `limit` APPLYING lines for `leaseMs` (skipping those another process holds); returns their ids. */
  async claimApplying(limit: number, leaseMs: number): Promise<string[]> {
    const until = new Date(Date.now() + leaseMs);
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>`
      UPDATE "BankLine" SET "applyClaimedUntil" = ${until}
      WHERE "id" IN (
        SELECT "id" FROM "BankLine"
        WHERE "status" = 'APPLYING' AND ("applyClaimedUntil" IS NULL OR "applyClaimedUntil" < now())
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING "id"`;
    return rows.map((row) => row.id);
  }

  /** A line its workflow has not answered for yet (pending, outage): claimable again after `delayMs`. */
  async retryLater(id: string, delayMs: number): Promise<void> {
    await this.prisma.bankLine.update({ where: { id }, data: { applyClaimedUntil: new Date(Date.now() + delayMs) } });
  }

  /** The payments already recorded under these keys (a line re-claimed after a crash skips them). */
  async paymentsByRequestId(requestIds: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.payment.findMany({
      where: { requestId: { in: requestIds } },
      select: { id: true, requestId: true },
    });
    return new Map(rows.map((row) => [row.requestId, row.id]));
  }

  /** Lines per status of each statement: the progress of its automatic matches. */
  async statementProgress(statementIds: string[]): Promise<Map<string, Partial<Record<BankLineStatus, number>>>> {
    const rows = await this.prisma.bankLine.groupBy({
      by: ['statementId', 'status'],
      where: { statementId: { in: statementIds } },
      _count: { _all: true },
    });
    const progress = new Map<string, Partial<Record<BankLineStatus, number>>>();
    for (const row of rows) {
      progress.set(row.statementId, { ...progress.get(row.statementId), [row.status]: row._count._all });
    }
    return progress;
  }

  setStatus(id: string, status: BankLineStatus, note?: string) {
    return this.prisma.bankLine.update({
      where: { id },
      data: { status, applyClaimedUntil: null, ...(note !== undefined ? { note } : {}) },
    });
  }

  /** Match rows are written before the workflow is asked, so a retry finds the same idempotency key. */
  async createMatches(matches: NewMatch[], tx: Prisma.TransactionClient = this.prisma): Promise<void> {
    await tx.bankMatch.createMany({
      data: matches.map((m) => ({ ...m, amountCents: BigInt(m.amountCents) })),
      skipDuplicates: true,
    });
  }

  matchCount(bankLineId: string): Promise<number> {
    return this.prisma.bankMatch.count({ where: { bankLineId } });
  }

  setMatchPayment(requestId: string, paymentId: string) {
    return this.prisma.bankMatch.update({ where: { requestId }, data: { paymentId } });
  }

  deleteMatch(requestId: string) {
    return this.prisma.bankMatch.delete({ where: { requestId } });
  }

  async match(companyId: string, id: string) {
    const row = await this.prisma.bankMatch.findFirst({
      where: { id, line: { companyId } },
      include: {
        line: { select: { id: true, companyId: true, amountCents: true } },
        invoice: { select: { number: true, customerId: true } },
      },
    });
    return row && withCents(row);
  }

  markUndone(id: string, undo: { undoneById: string; undoReason: string; at: Date }) {
    return this.prisma.bankMatch.update({
      where: { id },
      data: { state: 'UNDONE', undoneById: undo.undoneById, undoReason: undo.undoReason, undoneAt: undo.at },
    });
  }

  appliedMatchCount(bankLineId: string): Promise<number> {
    return this.prisma.bankMatch.count({ where: { bankLineId, state: 'APPLIED' } });
  }

  async keepCredit(credit: {
    companyId: string;
    customerId: string;
    bankLineId: string;
    amountCents: number;
  }): Promise<void> {
    const data = { ...credit, amountCents: BigInt(credit.amountCents) };
    await this.prisma.customerCredit.upsert({
      where: { bankLineId_customerId: { bankLineId: credit.bankLineId, customerId: credit.customerId } },
      create: data,
      update: { amountCents: data.amountCents },
    });
  }

  dropCredits(bankLineId: string) {
    return this.prisma.customerCredit.deleteMany({ where: { bankLineId } });
  }

  /** The customer credits (surpluses of transfers) of one customer, in cents. */
  async creditCents(customerId: string): Promise<number> {
    const sum = await this.prisma.customerCredit.aggregate({ where: { customerId }, _sum: { amountCents: true } });
    return Number(sum._sum.amountCents ?? 0n);
  }

  /** Payer IBANs already matched to a customer: a later transfer from the same IBAN points to that customer. */
  async knownPayerIbans(companyId: string): Promise<Map<string, string>> {
    const rows = await this.prisma.bankMatch.findMany({
      where: { state: 'APPLIED', line: { companyId, payerIban: { not: null } } },
      select: { line: { select: { payerIban: true } }, invoice: { select: { customerId: true } } },
      distinct: ['bankLineId'],
    });
    return new Map(rows.map((row) => [row.line.payerIban ?? '', row.invoice.customerId]));
  }
}
