import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { ArchiveService } from './archive.service';

const SEAL_EVERY_MS = 10_000;

/** Seals new audit events every few seconds, so the chain head stays close to the latest event. */
@Injectable()
export class ArchiveSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ArchiveSealer');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly archive: ArchiveService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), SEAL_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = this.sealAll()
      .catch((error: unknown) =>
        this.logger.warn(
          `sealing the audit trail failed, retried in ${SEAL_EVERY_MS / 1000} s: ${(error as Error).message}`,
        ),
      )
      .finally(() => (this.running = undefined));
    await this.running;
  }

  private async sealAll(): Promise<void> {
    const companies = await this.prisma.company.findMany({ select: { id: true } });
    for (const company of companies) {
      await this.archive.sealAuditTrail(company.id);
    }
  }
}
