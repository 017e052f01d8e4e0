/** Runs async work one piece at a time, in the order asked. */
export type SerialLock = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A lock for work that shares one DuckDB connection: while one export's queries and transaction
 * hold it, another export waits its turn, so two exports can run side by side (their files written
 * on worker threads) without their statements interleaving on the connection.
 * @example const lock = serialLock(); await Promise.all([lock(() => a()), lock(() => b())]) // b starts after a ends
 */
export function serialLock(): SerialLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** No lock: the work runs at once (one export alone). */
export const noLock: SerialLock = (work) => work();

/**
 * Waits for all the work started side by side, then throws the first failure, if any: unlike
 * Promise.all, nothing is left running (and writing) after the caller has moved on.
 * @example const [econ, wage] = await settleAll([exportA(), exportB()])
 */
export async function settleAll<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
