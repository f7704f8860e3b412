// Aged balance (seed 002): overdue receivables by days past due, 0-30 / 31-60 / 61-90 / 90+.

export interface AgedBucketDefinition {
  key: '0-30' | '31-60' | '61-90' | '90+';
  label: string;
  minDays: number;
  /** Inclusive; null for the open-ended last bucket. */
  maxDays: number | null;
}

export const AGED_BUCKETS: readonly AgedBucketDefinition[] = [
  { key: '0-30', label: '0 à 30 jours', minDays: 0, maxDays: 30 },
  { key: '31-60', label: '31 à 60 jours', minDays: 31, maxDays: 60 },
  { key: '61-90', label: '61 à 90 jours', minDays: 61, maxDays: 90 },
  { key: '90+', label: 'Plus de 90 jours', minDays: 91, maxDays: null },
];

/** Overdue amounts sharing a number of days past due (0 on the due date). */
export interface OverdueGroup {
  daysLate: number;
  count: number;
  balanceCents: number;
}

export interface AgedBucket extends AgedBucketDefinition {
  count: number;
  balanceCents: number;
}

export function bucketOf(daysLate: number): AgedBucketDefinition | undefined {
  return AGED_BUCKETS.find((b) => daysLate >= b.minDays && (b.maxDays === null || daysLate <= b.maxDays));
}

/** Every bucket, empty ones included; groups not yet due are ignored. */
export function agedBuckets(groups: OverdueGroup[]): AgedBucket[] {
  const buckets = AGED_BUCKETS.map((b) => ({ ...b, count: 0, balanceCents: 0 }));
  for (const group of groups) {
    const bucket = buckets.find((b) => b.key === bucketOf(group.daysLate)?.key);
    if (!bucket) {
      continue;
    }
    bucket.count += group.count;
    bucket.balanceCents += group.balanceCents;
  }
  return buckets;
}
