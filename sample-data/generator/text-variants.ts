/** Small string transforms that real clerks' input shows. Pure given the Random. */
import type { Random } from './random.js';

/** ASCII letters, digits and parentheses to their full-width forms (what a Chinese IME types). */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

export function swapBrackets(s: string): string {
  if (s.includes('（')) return s.replace(/（/g, '(').replace(/）/g, ')');
  return s.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** One or two stray spaces inside the text (half-width, or the full-width U+3000), or one trailing. */
export function insertSpaces(s: string, rng: Random): string {
  if (s.length < 3) return `${s} `;
  if (rng.chance(0.2)) return `${s} `;
  const chars = s.split('');
  const count = rng.int(1, 2);
  for (let k = 0; k < count; k++) {
    const at = rng.int(1, chars.length - 1);
    chars.splice(at, 0, rng.chance(0.8) ? ' ' : '\u3000');
  }
  return chars.join('');
}

/** Replaces one character found in `map` with its look-alike; null when none is present. */
export function oneCharTypo(s: string, map: Readonly<Record<string, string>>, rng: Random, from = 0, to = s.length): string | null {
  const positions: number[] = [];
  for (let i = from; i < to; i++) if (map[s[i]!] !== undefined) positions.push(i);
  if (positions.length === 0) return null;
  const at = rng.pick(positions);
  return s.slice(0, at) + map[s[at]!]! + s.slice(at + 1);
}
