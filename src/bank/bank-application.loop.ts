import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PrismaService } from '../prisma/prisma.service';
import type { Actor } from '../../workflows/invoice.contract';
import { BankRepository, type BankLineRow } from './bank.repository';
import { mapByInvoice } from './invoice-order';
import { automaticActor, MatchApplicationService, type Application } from './match-application.service';

/** Lines claimed per pass, and how long a claim holds before another API process may take the line over. */
const BATCH = 500;
const LEASE_MS = 5 * 60_000;
/** With nothing to apply, the loop looks again this often (an upload wakes it at once). */
const IDLE_POLL_MS = 10_000;
/** A line whose workflow gave no answer yet (update pending, Temporal or PostgreSQL down) is asked again after this. */
const RETRY_MS = 5_000;

type AppliedLine = NonNullable<BankLineRow>;

/**
 * Applies automatic matches in the background: an upload leaves its lines APPLYING with their match rows (keys fixed),
 * and this loop records each payment through the invoice workflow. Rows are the job: a crash or a 503 leaves the line
 * APPLYING, and it is taken again once its claim lapses, with the same keys (applied once).
 */
@Injectable()
export class BankApplicationLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BankApplication');
  private running?: Promise<void>;
  private stopped = false;
  private wakeUp: () => void = () => undefined;

  constructor(
    private readonly bank: BankRepository,
    private readonly prisma: PrismaService,
    private readonly application: MatchApplicationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wakeUp();
    await this.running;
  }

  /** New APPLYING lines are stored: start a pass now rather than at the next poll. */
  wake(): void {
    this.wakeUp();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const claimed = await this.pass().catch((error: unknown) => {
        this.logger.warn(`bank application pass failed, retried later: ${(error as Error).message}`);
        return 0;
      });
      if (claimed === 0 && !this.stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_POLL_MS);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Claims a batch and applies it; returns how many lines it claimed. */
  private async pass(): Promise<number> {
    const ids = await this.bank.claimApplying(BATCH, LEASE_MS);
    if (ids.length === 0) {
      return 0;
    }
    const lines = (await this.bank.linesByIds(ids)).filter((line) => line.status === 'APPLYING');
    const pending = lines.flatMap((line) => line.matches.filter((m) => m.state === 'APPLIED'));
    const [recorded, actors] = await Promise.all([
      this.bank.paymentsByRequestId(pending.map((m) => m.requestId)),
      this.importers(pending.map((m) => m.appliedById ?? '')),
    ]);
    await mapByInvoice(
      lines,
      (line) => line.matches.map((m) => m.invoiceId),
      this.config.BANK_APPLY_CONCURRENCY,
      (line) => this.applyLine(line, actors, recorded),
    );
    return ids.length;
  }

  private async applyLine(line: AppliedLine, actors: Map<string, Actor>, recorded: Map<string, string>): Promise<void> {
    const matches = line.matches.filter((m) => m.state === 'APPLIED');
    const actor = actors.get(matches[0]?.appliedById ?? '');
    if (!actor) {
      await this.bank.setStatus(
        line.id,
        'TO_MATCH',
        'Rapprochement automatique sans auteur connu : à appliquer à la main',
      );
      return;
    }
    try {
      await this.application.recordOrQueue(line, matches, actor, applicationOf(matches), recorded);
    } catch (error) {
      // No answer yet: the line stays APPLYING and is asked again with the same keys.
      this.logger.warn(`bank line ${line.id} not applied yet: ${(error as Error).message}`);
      await this.bank.retryLater(line.id, RETRY_MS).catch(() => undefined);
    }
  }

  private async importers(userIds: string[]): Promise<Map<string, Actor>> {
    const users = await this.prisma.user.findMany({
      where: { id: { in: [...new Set(userIds)] } },
      select: { id: true, role: true, fullName: true },
    });
    return new Map(users.map((u) => [u.id, automaticActor({ userId: u.id, role: u.role, name: u.fullName })]));
  }
}

function applicationOf(matches: AppliedLine['matches']): Application {
  return {
    allocations: matches.map((m) => ({
      invoiceId: m.invoiceId,
      number: m.invoice.number ?? '',
      amountCents: m.amountCents,
    })),
    customerId: matches[0].invoice.customerId,
    reason: matches[0].reason,
    confidence: matches[0].confidence,
    automatic: true,
  };
}
