import { Inject, Injectable } from '@nestjs/common';
import JSZip from 'jszip';
import type { AuthUser } from '../auth/auth-user';
import { toCsv } from '../common/csv';
import { badRequest } from '../common/http-errors';
import { CompaniesService } from '../companies/companies.service';
import { companyTimeZone } from '../companies/company-settings';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DocumentArchive, sha256Hex } from '../documents/document-archive';
import { FecExportService } from '../accounting/fec-export.service';
import { localDay } from '../accounting/fiscal-year';
import { PrismaService } from '../prisma/prisma.service';
import { AuditChain } from './audit-chain';

export interface ArchiveVerification {
  valid: boolean;
  /** How many documents and sealed audit events were checked. */
  documents: number;
  events: number;
  /** The last link of each chain: quote it to prove later that nothing before it changed. */
  head: { documents: string | null; events: string | null };
  checkedAt: string;
  firstBreak?: { chain: 'documents' | 'events'; index: number; reason: string };
}

export interface ArchiveExport {
  name: string;
  content: Buffer;
}

/** The inalterable archive seen from outside: verify both chains and every file, export a year for offline checks. */
@Injectable()
export class ArchiveService {
  private readonly documents: DocumentArchive;
  private readonly audit: AuditChain;

  constructor(
    private readonly prisma: PrismaService,
    private readonly companies: CompaniesService,
    private readonly fec: FecExportService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.documents = new DocumentArchive(prisma, config.DOCUMENTS_DIR);
    this.audit = new AuditChain(prisma);
  }

  sealAuditTrail(companyId: string): Promise<number> {
    return this.audit.seal(companyId);
  }

  async verify(user: AuthUser): Promise<ArchiveVerification> {
    await this.audit.seal(user.companyId);
    const [documents, events, documentCount, lastDocument] = await Promise.all([
      this.documents.verifyChain(user.companyId),
      this.audit.verify(user.companyId),
      this.prisma.document.count({ where: { companyId: user.companyId } }),
      this.prisma.document.findFirst({
        where: { companyId: user.companyId },
        orderBy: { chainIndex: 'desc' },
        select: { chainHash: true },
      }),
    ]);
    const firstBreak = !documents.ok
      ? { chain: 'documents' as const, index: documents.brokenAt!, reason: documents.reason! }
      : !events.ok
        ? { chain: 'events' as const, index: events.brokenAt!, reason: events.reason! }
        : undefined;
    return {
      valid: documents.ok && events.ok,
      documents: documentCount,
      events: events.count,
      head: { documents: lastDocument?.chainHash ?? null, events: events.head },
      checkedAt: new Date().toISOString(),
      ...(firstBreak ? { firstBreak } : {}),
    };
  }

  /** A ZIP of the year's documents, its FEC and audit trail, with a manifest that `sha256sum -c` checks offline. */
  async export(user: AuthUser, year: number): Promise<ArchiveExport> {
    const company = await this.companies.get(user.companyId);
    const timezone = companyTimeZone(company);
    if (year > Number(localDay(new Date(), timezone).slice(0, 4))) {
      throw badRequest([{ field: 'year', message: `${year} has not started yet` }]);
    }
    await this.audit.seal(user.companyId);
    const between = { gte: new Date(Date.UTC(year - 1, 11, 30)), lt: new Date(Date.UTC(year + 1, 0, 2)) };
    const inYear = (at: Date) => localDay(at, timezone).startsWith(`${year}-`);
    const files = new Map<string, Buffer>();
    const documents = (
      await this.prisma.document.findMany({
        where: { companyId: user.companyId, createdAt: between },
        orderBy: { chainIndex: 'asc' },
      })
    ).filter((d) => inYear(d.createdAt));
    for (const document of documents) {
      files.set(
        `documents/${String(document.chainIndex).padStart(6, '0')}-${document.fileName}`,
        (await this.documents.read(document.id)).content,
      );
    }
    const fec = await this.fec.export(user, year);
    files.set(fec.name, fec.content);
    const events = (
      await this.prisma.auditEvent.findMany({
        where: { companyId: user.companyId, createdAt: between },
        orderBy: [{ chainIndex: 'asc' }],
      })
    ).filter((e) => inYear(e.createdAt));
    files.set('audit-trail.csv', Buffer.from(auditCsv(events), 'utf8'));
    const zip = new JSZip();
    for (const [name, content] of files) {
      zip.file(name, content, { date: new Date(Date.UTC(year, 0, 1)) });
    }
    zip.file('manifest.sha256', [...files].map(([name, content]) => `${sha256Hex(content)}  ${name}\n`).join(''));
    const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return { name: `archive-${company.siren}-${year}.zip`, content };
  }
}

type AuditRow = {
  chainIndex: number | null;
  createdAt: Date;
  actorLabel: string;
  action: string;
  invoiceId: string | null;
  ip: string | null;
  details: unknown;
  previousHash: string | null;
  chainHash: string | null;
};

function auditCsv(events: AuditRow[]): string {
  return toCsv(
    events.map((e) => ({
      chainIndex: e.chainIndex,
      createdAt: e.createdAt.toISOString(),
      actor: e.actorLabel,
      action: e.action,
      invoiceId: e.invoiceId,
      ip: e.ip,
      details: e.details === null ? null : JSON.stringify(e.details),
      previousHash: e.previousHash,
      chainHash: e.chainHash,
    })),
  );
}
