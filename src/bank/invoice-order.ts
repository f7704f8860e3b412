import { mapBounded } from '../common/bounded-pool';

/**
 * Runs fn over items, `limit` at a time, except that items naming the same invoice run one after the other in the
 * items' order (two lines paying one invoice: the second sees what the first left).
 */
export async function mapByInvoice<T, R>(
  items: readonly T[],
  invoiceIds: (item: T) => string[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const chains = new Map<string, Promise<unknown>>();
  return mapBounded(items, limit, async (item) => {
    const keys = invoiceIds(item);
    const before = Promise.all(keys.map((key) => chains.get(key)));
    const run = before.then(() => fn(item));
    for (const key of keys) {
      chains.set(
        key,
        run.catch(() => undefined),
      );
    }
    return run;
  });
}
