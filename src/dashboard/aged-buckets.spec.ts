import { agedBuckets, bucketOf } from './aged-buckets';

describe('aged balance', () => {
  it('puts each number of days past due in its bucket', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map((d) => bucketOf(d)?.key)).toEqual([
      '0-30',
      '0-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
      '90+',
    ]);
    expect(bucketOf(-1)).toBeUndefined();
  });

  it('sums counts and balances per bucket, keeping empty buckets and ignoring what is not due', () => {
    const buckets = agedBuckets([
      { daysLate: 0, count: 1, balanceCents: 100 },
      { daysLate: 12, count: 2, balanceCents: 250 },
      { daysLate: 95, count: 1, balanceCents: 1000 },
      { daysLate: -3, count: 4, balanceCents: 9999 },
    ]);
    expect(buckets.map((b) => [b.key, b.count, b.balanceCents])).toEqual([
      ['0-30', 3, 350],
      ['31-60', 0, 0],
      ['61-90', 0, 0],
      ['90+', 1, 1000],
    ]);
  });
});
