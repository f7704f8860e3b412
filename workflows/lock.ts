export type Exclusive = <T>(fn: () => Promise<T>) => Promise<T>;

/** Runs money-moving handlers one at a time, so a check and the write it guards see the same balance. */
export function createExclusive(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
