import crypto from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Document, PrismaClient } from '../generated/prisma/client';
import type { DocumentKind } from '../generated/prisma/enums';
import { DocumentTamperedError, UnprocessableDocumentError } from './documents.errors';

// Inalterable archive: files named by their sha256, rows chained per company (each row hashes the previous one).

export interface NewArchivedDocument {
  companyId: string;
  kind: DocumentKind;
  invoiceId?: string | null;
  creditNoteId?: string | null;
  fileName: string;
  idempotencyKey: string;
  content: Buffer;
}

export interface ChainVerification {
  ok: boolean;
  /** chainIndex of the first entry that does not verify. */
  brokenAt?: number;
  reason?: string;
}

type ChainFields = Pick<Document, 'previousHash' | 'sha256' | 'kind' | 'invoiceId' | 'creditNoteId' | 'idempotencyKey'>;

export const sha256Hex = (data: Buffer | string): string => crypto.createHash('sha256').update(data).digest('hex');

/** chainHash = sha256(previousHash|sha256|kind|invoiceId|creditNoteId|idempotencyKey), absent values as empty strings. */
export function chainHashOf(d: ChainFields): string {
  return sha256Hex(
    [d.previousHash ?? '', d.sha256, d.kind, d.invoiceId ?? '', d.creditNoteId ?? '', d.idempotencyKey].join('|'),
  );
}

const FIRST_CHAIN_INDEX = 1;
const VERIFY_PAGE_SIZE = 500;

export class DocumentArchive {
  readonly rootDir: string;

  constructor(
    private readonly prisma: PrismaClient,
    documentsDir: string,
  ) {
    this.rootDir = path.resolve(documentsDir);
  }

  findByIdempotencyKey(idempotencyKey: string): Promise<Document | null> {
    return this.prisma.document.findUnique({ where: { idempotencyKey } });
  }

  /** Stores the file and appends the row to the company's chain; the same idempotency key returns the first row. */
  async store(input: NewArchivedDocument): Promise<Document> {
    const existing = await this.findByIdempotencyKey(input.idempotencyKey);
    if (existing) {
      return this.sameDocument(existing, input);
    }
    const sha256 = sha256Hex(input.content);
    const storageKey = `${input.companyId}/${sha256.slice(0, 2)}/${sha256}.pdf`;
    return this.prisma.$transaction(
      async (tx) => {
        // One writer per company at a time keeps chainIndex consecutive and previousHash exact.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`acquitte:documents:${input.companyId}`}, 0))`;
        const raced = await tx.document.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
        if (raced) {
          return this.sameDocument(raced, input);
        }
        const last = await tx.document.findFirst({
          where: { companyId: input.companyId },
          orderBy: { chainIndex: 'desc' },
        });
        const link = {
          previousHash: last?.chainHash ?? null,
          sha256,
          kind: input.kind,
          invoiceId: input.invoiceId ?? null,
          creditNoteId: input.creditNoteId ?? null,
          idempotencyKey: input.idempotencyKey,
        };
        await this.writeFile(storageKey, input.content);
        return tx.document.create({
          data: {
            ...link,
            companyId: input.companyId,
            fileName: input.fileName,
            storageKey,
            sizeBytes: input.content.length,
            chainIndex: (last?.chainIndex ?? FIRST_CHAIN_INDEX - 1) + 1,
            chainHash: chainHashOf(link),
          },
        });
      },
      { maxWait: 15_000, timeout: 30_000 },
    );
  }

  /** The stored bytes, after checking they still hash to what was archived. */
  async read(documentId: string): Promise<{ document: Document; content: Buffer }> {
    const document = await this.prisma.document.findUnique({ where: { id: documentId } });
    if (!document) {
      throw new UnprocessableDocumentError(`Document ${documentId} not found`);
    }
    const content = await this.readStoredFile(document);
    const actual = sha256Hex(content);
    if (actual !== document.sha256) {
      throw new DocumentTamperedError(
        `Archived document ${document.fileName} (${document.id}) was altered: its file hashes to ${actual}, the archive recorded ${document.sha256}`,
      );
    }
    return { document, content };
  }

  /** Walks the company's chain in order: consecutive indexes, links, row hashes and (unless disabled) file hashes. */
  async verifyChain(companyId: string, options: { checkFiles?: boolean } = {}): Promise<ChainVerification> {
    let previous: Document | undefined;
    for (let after = FIRST_CHAIN_INDEX - 1; ;) {
      const page = await this.prisma.document.findMany({
        where: { companyId, chainIndex: { gt: after } },
        orderBy: { chainIndex: 'asc' },
        take: VERIFY_PAGE_SIZE,
      });
      for (const document of page) {
        const reason = await this.linkProblem(document, previous, options.checkFiles !== false);
        if (reason) {
          return { ok: false, brokenAt: document.chainIndex, reason };
        }
        previous = document;
      }
      if (page.length < VERIFY_PAGE_SIZE) {
        return { ok: true };
      }
      after = page[page.length - 1].chainIndex;
    }
  }

  private async linkProblem(
    document: Document,
    previous: Document | undefined,
    checkFile: boolean,
  ): Promise<string | undefined> {
    const expectedIndex = previous ? previous.chainIndex + 1 : FIRST_CHAIN_INDEX;
    if (document.chainIndex !== expectedIndex) {
      return `chain index ${document.chainIndex} follows ${expectedIndex - 1}: an entry is missing`;
    }
    if (document.previousHash !== (previous?.chainHash ?? null)) {
      return 'previousHash does not match the previous entry';
    }
    if (document.chainHash !== chainHashOf(document)) {
      return 'chainHash does not match the entry';
    }
    if (!checkFile) {
      return undefined;
    }
    const content = await this.readStoredFile(document).catch(() => undefined);
    if (!content) {
      return `file ${document.storageKey} is missing`;
    }
    if (sha256Hex(content) !== document.sha256) {
      return `file ${document.storageKey} does not match its sha256`;
    }
    return undefined;
  }

  private sameDocument(existing: Document, input: NewArchivedDocument): Document {
    const same =
      existing.companyId === input.companyId &&
      existing.kind === input.kind &&
      existing.invoiceId === (input.invoiceId ?? null);
    if (!same) {
      throw new UnprocessableDocumentError(
        `Idempotency key ${input.idempotencyKey} already archived a different document (${existing.kind} ${existing.fileName})`,
      );
    }
    return existing;
  }

  private filePath(storageKey: string): string {
    return path.join(this.rootDir, ...storageKey.split('/'));
  }

  private async readStoredFile(document: Document): Promise<Buffer> {
    return fs.readFile(this.filePath(document.storageKey)).catch((error: NodeJS.ErrnoException) => {
      throw new DocumentTamperedError(
        `Archived document ${document.fileName} (${document.id}) cannot be read at ${document.storageKey}: ${error.code ?? error.message}`,
      );
    });
  }

  /** Content-addressed: a file already holding these bytes is kept; otherwise (absent or damaged) it is written atomically, read-only. */
  private async writeFile(storageKey: string, content: Buffer): Promise<void> {
    const target = this.filePath(storageKey);
    const current = await fs.readFile(target).catch(() => undefined);
    if (current && current.equals(content)) {
      return;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${crypto.randomUUID()}.tmp`;
    await fs.writeFile(temporary, content, { mode: 0o444 });
    await fs.rename(temporary, target);
  }
}
