/** Tasks run one after another, in the order queued; see serialQueue. */
export interface SerialQueue {
  /** Queues `task` to start when every task queued before it has settled; resolves as it does. */
  <T>(task: () => Promise<T>): Promise<T>;
  /** Settles when every task queued so far has, whatever their outcome. */
  drain(): Promise<void>;
}

/**
 * Runs work that shares one DuckDB connection back to back, in the order queued. Set-based CSV
 * loading queues each field's distinct-value query, then applies the rule to one field's values
 * while DuckDB fetches the next field's; two exports side by side (exportBatch) take the
 * connection in turn while their files are written on worker threads. A queued task's failure is
 * reported to whoever awaits it, never as an unhandled rejection, and does not stop later tasks.
 *
 * @example
 * const queue = serialQueue();
 * const [a, b] = [queue(() => queryRows(conn, 'SELECT 1')), queue(() => queryRows(conn, 'SELECT 2'))];
 * await a; // b is running now, while this thread works on a's rows
 */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => task());
    tail = run.catch(() => undefined);
    run.catch(() => undefined); // awaited by the caller; until then a failure is not "unhandled"
    return run;
  };
  return Object.assign(queue, { drain: () => tail.then(() => undefined) });
}

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
