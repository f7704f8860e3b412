import type { Prisma } from '../generated/prisma/client';
import type { DocumentKind } from '../generated/prisma/enums';

/**
 * The next number of a legal series, inside the caller's transaction: the counter row stays locked until commit,
 * and a rollback gives the number back, so series are continuous (no gap, no duplicate) under any concurrency.
 */
export async function nextInSeries(
  tx: Prisma.TransactionClient,
  key: { companyId: string; kind: DocumentKind; series: string; year: number },
): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "NumberSequence" ("companyId", "kind", "series", "year", "lastValue", "updatedAt")
    VALUES (${key.companyId}, ${key.kind}::"DocumentKind", ${key.series}, ${key.year}, 1, now())
    ON CONFLICT ("companyId", "kind", "series", "year")
    DO UPDATE SET "lastValue" = "NumberSequence"."lastValue" + 1, "updatedAt" = now()
    RETURNING "lastValue"`;
  return row.lastValue;
}

/** FACT-2026-001, FACT-CONSEIL-2026-001, AV-2026-001 (three digits at least, more when needed). */
export function formatNumber(prefix: string, series: string, year: number, sequence: number): string {
  return [prefix, series, String(year), String(sequence).padStart(3, '0')].filter(Boolean).join('-');
}

/** Interactive transactions that may queue behind a counter lock under load. */
export const SERIALIZED_TX = { maxWait: 20_000, timeout: 30_000 };
