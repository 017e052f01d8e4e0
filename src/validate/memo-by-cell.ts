/** Entries kept per cache before it starts again: bounds memory on columns of unique values. */
const MAX_ENTRIES = 50_000;

/**
 * Remembers a pure function's result per cell value, so a column that repeats the same names,
 * codes and dates is normalized once per distinct value. Strings, numbers, booleans and Dates (by
 * time) are remembered; anything else is passed straight through. `fn` must not depend on
 * anything but its argument, and callers must not mutate what it returns.
 *
 * @example
 * const slowUpper = memoByCell((v) => String(v).toUpperCase());
 * slowUpper('a'); slowUpper('a'); //=> 'A' (computed once)
 */
export function memoByCell<T>(fn: (value: unknown) => T): (value: unknown) => T {
  const strings = new Map<string, T>();
  const numbers = new Map<number, T>();
  const dates = new Map<number, T>();
  const booleans = new Map<boolean, T>();
  const lookup = <K>(cache: Map<K, T>, key: K, value: unknown): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const result = fn(value);
    cache.set(key, result);
    return result;
  };
  return (value) => {
    switch (typeof value) {
      case 'string': return lookup(strings, value, value);
      case 'number': return lookup(numbers, value, value);
      case 'boolean': return lookup(booleans, value, value);
    }
    // A Date's own getTime: a subclass or a Proxy could answer differently, so only real Dates.
    if (value instanceof Date && Object.getPrototypeOf(value) === Date.prototype) {
      const time = value.getTime();
      if (!Number.isNaN(time)) return lookup(dates, time, value);
    }
    return fn(value);
  };
}
