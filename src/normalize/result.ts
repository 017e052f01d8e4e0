/** The outcome of a total normalizer: a value, or the reason there is none. Never a throw. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** @example ok(3) //=> { ok: true, value: 3 } */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** @example fail('空值') //=> { ok: false, reason: '空值' } */
export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
