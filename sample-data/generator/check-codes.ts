import type { Random } from './random.js';

// GB 32100-2015: 31-character alphabet (no I, O, Z, S, V), weights 3^(i-1) mod 31.
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 11643-1999 resident ID.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** @example usccCheckChar('92310115MA1LAG5R9') //=> 'M' */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * A synthetic USCC with a valid check character. The organisation-code part is mostly digits,
 * with the occasional letter, as real codes are.
 */
export function makeUscc(prefix8: string, rng: Random): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += rng.chance(0.12) ? rng.pick(USCC_ALPHABET.slice(10).split('')) : String(rng.int(0, 9));
  const first17 = prefix8 + body;
  return first17 + usccCheckChar(first17);
}

/** Same code with a different (wrong) check character: passes the format, fails the checksum. */
export function breakUsccChecksum(uscc: string, rng: Random): string {
  const right = uscc[17]!;
  let wrong = right;
  while (wrong === right) wrong = rng.pick(USCC_ALPHABET.split(''));
  return uscc.slice(0, 17) + wrong;
}

/** Puts characters GB 32100 forbids (I, O, Z, S, V) into the body: a format error, not a checksum one. */
export function withIllegalUsccChars(uscc: string, rng: Random): string {
  const chars = uscc.split('');
  const count = rng.int(1, 2);
  for (let k = 0; k < count; k++) chars[rng.int(8, 16)] = rng.pick(['I', 'O', 'Z', 'S', 'V']);
  return chars.join('');
}

/** @example idCheckChar('36042619910101007') //=> '1' */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** A synthetic resident ID number with a valid check digit, born 1962–2003. */
export function makeIdNumber(region6: string, rng: Random): string {
  const year = rng.int(1962, 2003);
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const seq = String(rng.int(1, 999)).padStart(3, '0');
  const first17 = `${region6}${year}${pad2(month)}${pad2(day)}${seq}`;
  return first17 + idCheckChar(first17);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
