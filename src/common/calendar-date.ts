// Calendar dates travel as "YYYY-MM-DD"; @db.Date columns come back as midnight UTC.

/** A @db.Date (midnight UTC) as "2026-11-23". */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The same for optional columns: null stays null. */
export const isoDateOrNull = (d: Date | null): string | null => (d ? isoDate(d) : null);
