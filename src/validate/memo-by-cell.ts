/** Entries a cache holds before it starts again: bounds memory whatever the column holds. */
const MAX_ENTRIES = 8_192;
/**
 * Lookups per trial: after each, a cache that hit less than MIN_HIT_RATE of them is dropped. A
 * cache that misses this often costs more than it saves: each miss is an entry that outlives the
 * young generation and then dies (a column of unique amounts or of creditor names).
 */
const TRIAL = 8_192;
const MIN_HIT_RATE = 0.5;

/**
 * Remembers a pure function's result per cell value, so a column that repeats the same names,
 * codes and dates is normalized once per distinct value. Strings, numbers, booleans and Dates (by
 * time) are remembered; anything else is passed straight through. A column of mostly unique
 * values is not worth remembering: after any trial it misses too often in, the cache lets go
 * and calls `fn` directly.
 * `fn` must depend on nothing but its argument, and callers must not mutate what it returns.
 *
 * @example
 * const upper = memoByCell((v) => String(v).toUpperCase());
 * upper('a'); upper('a'); //=> 'A', computed once
 */
export function memoByCell<T>(fn: (value: unknown) => T): (value: unknown) => T {
  let cache: Map<unknown, T> | null = new Map();
  // Dates by their time, apart from numbers (a serial 45496 and a Date at 45496 ms are not alike).
  const dates = new Map<number, T>();
  let lookups = 0;
  let hits = 0;
  return (value) => {
    if (cache === null) return fn(value);
    let key: unknown;
    let map: Map<unknown, T> = cache;
    switch (typeof value) {
      case 'string':
        key = value;
        break;
      case 'number':
        key = value === 0 ? 0 : value; // -0 and 0 read alike everywhere: one key (Map does the same)
        break;
      case 'boolean':
        key = value;
        break;
      default: {
        // Only a plain Date, keyed by its time.
        if (!(value instanceof Date) || Object.getPrototypeOf(value) !== Date.prototype) return fn(value);
        const time = value.getTime();
        if (Number.isNaN(time)) return fn(value);
        key = time;
        map = dates as Map<unknown, T>;
      }
    }
    if (++lookups === TRIAL) {
      if (hits < TRIAL * MIN_HIT_RATE) {
        cache = null;
        dates.clear();
        return fn(value);
      }
      lookups = hits = 0;
    }
    const hit = map.get(key);
    if (hit !== undefined || map.has(key)) {
      hits++;
      return hit as T;
    }
    if (cache.size + dates.size >= MAX_ENTRIES) {
      cache.clear();
      dates.clear();
    }
    // A cell read from a file is often a slice of the whole XML chunk it came in: kept as a key,
    // or inside a result, it would keep that chunk alive. A flat copy keeps only itself.
    if (typeof value === 'string') value = key = flatCopy(value);
    const result = fn(value);
    map.set(key, result);
    return result;
  };
}

/** A copy of `s` that shares no memory with the string it was sliced from. */
function flatCopy(s: string): string {
  return (' ' + s).slice(1);
}
