/** Escapes LIKE's wildcards: Prisma's `contains` sends the text to ILIKE as is, so "%" or "_" would match everything. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A case-insensitive "contains" condition in which every character of `text` is literal. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: 'insensitive' as const };
}
