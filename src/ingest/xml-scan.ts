/**
 * Small scanners over XML text by index, for SheetRowDecoder: each reads what it needs where it
 * stands, without slicing out names or attribute values it does not keep.
 */

/** A cell's `t` attribute, as a small number: the decoder branches on it once per cell. */
export const NUMBER = 0, SHARED = 1, TEXT = 2, ERROR = 3, BOOLEAN = 4, DATE = 5;
export type CellType = typeof NUMBER | typeof SHARED | typeof TEXT | typeof ERROR | typeof BOOLEAN | typeof DATE;

export const GT = 0x3e, SLASH = 0x2f, BANG = 0x21, QUESTION = 0x3f, COLON = 0x3a, QUOT = 0x22, APOS = 0x27;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The five predefined entities and character references, decoded; anything else is left as written.
 * @example decodeEntities('A&amp;B &#x4e00;') //=> 'A&B 一'
 */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel writes characters XML cannot hold (a lone CR, say) as `_x000D_`.
 * @example unescapeOoxml('行一_x000D_行二') //=> '行一\r行二'
 */
export function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Index of the `>` closing the tag opened before `from`, skipping quoted attribute values; -1 if not here yet. */
export function tagEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return i;
    if (c === QUOT || c === APOS) {
      i = s.indexOf(c === QUOT ? '"' : "'", i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** True for the character after a complete tag name: whitespace, `/` or `>`. */
export function isNameEnd(c: number): boolean {
  return c <= 0x20 || c === SLASH || c === GT;
}

/** Where the tag name starting at `from` ends. */
export function nameEndAt(s: string, from: number): number {
  let i = from;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === SLASH || c === GT || Number.isNaN(c)) return i;
    i++;
  }
}

/** Where the local part of a name starts: after its prefix (`x:row` → `row`). */
export function localStart(s: string, from: number, end: number): number {
  for (let i = end - 1; i > from; i--) if (s.charCodeAt(i) === COLON) return i + 1;
  return from;
}

/** Where the value of a one-letter attribute starts (after its quote), or -1. */
export function attribute(s: string, from: number, end: number, letter: number): number {
  let i = from;
  while (i < end) {
    const eq = s.indexOf('=', i);
    if (eq < 0 || eq >= end) return -1;
    let k = eq - 1;
    while (k > i && s.charCodeAt(k) <= 0x20) k--;
    let q = eq + 1;
    while (q < end && s.charCodeAt(q) !== QUOT && s.charCodeAt(q) !== APOS) q++;
    const close = s.indexOf(s[q]!, q + 1);
    if (close < 0) return -1;
    if (s.charCodeAt(k) === letter && (k === i || s.charCodeAt(k - 1) <= 0x20)) return q + 1;
    i = close + 1;
  }
  return -1;
}

/** The whole number written at `at` (0 when there is none). */
export function digitsAt(s: string, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) return n;
    n = n * 10 + d;
  }
}

/** The column of a cell reference written at `at`: 'AB12' → 28. */
export function columnAt(s: string, at: number): number {
  let col = 0;
  for (let i = at; ; i++) {
    const code = s.charCodeAt(i) | 0x20; // fold to lower case
    if (!(code >= 0x61 && code <= 0x7a)) return col;
    col = col * 26 + code - 0x60;
  }
}

/** The cell type written between `from` and `to` (a `t` attribute's value); unknown ones read as numbers. */
export function typeAt(s: string, from: number, to: number): CellType {
  const length = to - from;
  const c = s.charCodeAt(from);
  if (length === 1) {
    if (c === 0x73) return SHARED;
    if (c === 0x65) return ERROR;
    if (c === 0x62) return BOOLEAN;
    if (c === 0x64) return DATE;
    return NUMBER;
  }
  if ((length === 3 && s.startsWith('str', from)) || (length === 9 && s.startsWith('inlineStr', from))) return TEXT;
  return NUMBER;
}
