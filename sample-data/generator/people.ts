import { makeIdNumber } from './check-codes.js';
import type { Random } from './random.js';
import { COMPOUND_SURNAMES, GIVEN_CHARS, ID_REGIONS, SURNAMES } from './word-lists.js';

/** A synthetic person name: surname + one or two given characters. */
export function personName(rng: Random): string {
  const surname = rng.chance(0.01) ? rng.pick(COMPOUND_SURNAMES) : rng.pick(SURNAMES);
  const given = rng.chance(0.3) ? rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS);
  return surname + given;
}

/** Mobile 1[3-9]x…, 11 digits. */
export function mobile(rng: Random): string {
  let s = `1${rng.int(3, 9)}`;
  for (let i = 0; i < 9; i++) s += String(rng.int(0, 9));
  return s;
}

/** Shanghai landline as clerks write it: with or without the 021 area code. */
export function landline(rng: Random): string {
  const local = `${rng.pick(['5', '6'])}${String(rng.int(0, 9999999)).padStart(7, '0')}`;
  return rng.chance(0.6) ? `021-${local}` : local;
}

export function idNumber(rng: Random): string {
  return makeIdNumber(rng.weighted(ID_REGIONS), rng);
}
