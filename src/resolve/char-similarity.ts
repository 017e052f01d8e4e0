// String measures over Unicode code points, not UTF-8 bytes: DuckDB's levenshtein/jaro count bytes,
// so one Chinese character costs three edits there. These run on hundreds of thousands of pairs,
// so the scratch arrays below are module-level and only ever grow.

let pointsA = new Int32Array(64);
let pointsB = new Int32Array(64);
let row = new Int32Array(65);
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);
let keysA = new Float64Array(64);
let keysB = new Float64Array(64);

/** Code points of `s` into `into` (which must hold s.length); returns how many. */
function decode(s: string, into: Int32Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        into[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    into[n++] = c;
  }
  return n;
}

let loadedA = 0;
let loadedB = 0;

/** Decode both strings into pointsA/pointsB; their lengths go to loadedA/loadedB (no tuple to allocate). */
function load(a: string, b: string): void {
  if (pointsA.length < a.length) pointsA = new Int32Array(a.length * 2);
  if (pointsB.length < b.length) pointsB = new Int32Array(b.length * 2);
  loadedA = decode(a, pointsA);
  loadedB = decode(b, pointsB);
}

/**
 * Edit distance counted in characters (insert, delete, substitute).
 * @example levenshteinChars('中国建筑第八工程局', '中国建筑第五工程局') //=> 1
 */
export function levenshteinChars(a: string, b: string): number {
  if (a === b) return 0;
  load(a, b);
  let la = loadedA;
  let lb = loadedB;
  // A shared prefix and suffix cost nothing; trimming them shrinks the table for typical typos.
  let start = 0;
  while (start < la && start < lb && pointsA[start] === pointsB[start]) start++;
  while (la > start && lb > start && pointsA[la - 1] === pointsB[lb - 1]) { la--; lb--; }
  if (la === start) return lb - start;
  if (lb === start) return la - start;
  if (row.length < lb - start + 1) row = new Int32Array((lb - start + 1) * 2);
  for (let j = 0; j <= lb - start; j++) row[j] = j;
  for (let i = start; i < la; i++) {
    let diagonal = row[0]!;
    row[0] = i - start + 1;
    const ca = pointsA[i];
    for (let j = start; j < lb; j++) {
      const k = j - start + 1;
      const above = row[k]!;
      const cost = ca === pointsB[j] ? 0 : 1;
      row[k] = Math.min(above + 1, row[k - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[lb - start]!;
}

/**
 * 1 − distance / length of the longer string; two empty strings are identical.
 * @example levenshteinSimilarity('华为技术', '华为技木') //=> 0.75
 */
export function levenshteinSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const d = levenshteinChars(a, b); // loads both strings, so the lengths below are theirs
  return 1 - d / Math.max(loadedA, loadedB);
}

/**
 * Jaro–Winkler over characters: prefix scale 0.1 up to 4 characters, applied above a Jaro of 0.7
 * as in rapidfuzz (DuckDB), so scores line up with Splink's on ASCII.
 * @example jaroWinklerChars('华为技术', '华为技木') //=> 0.8833333333333334
 */
export function jaroWinklerChars(a: string, b: string): number {
  if (a === b) return 1;
  load(a, b);
  const la = loadedA;
  const lb = loadedB;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const hi = Math.min(lb - 1, i + window);
    for (let j = Math.max(0, i - window); j <= hi; j++) {
      if (flagsB[j] === 0 && pointsA[i] === pointsB[j]) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  for (let i = 0, k = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (pointsA[i] !== pointsB[k]) halfTranspositions++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - halfTranspositions / 2) / matches) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && pointsA[prefix] === pointsB[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Sorted distinct bigram keys of the first `n` points, written into `keys`; returns how many. */
function bigramKeys(points: Int32Array, n: number, keys: Float64Array): number {
  if (n === 1) {
    keys[0] = points[0]!; // below 0x110000, so never equal to a bigram key
    return 1;
  }
  // Insertion sort that drops repeats: names are a few dozen characters, too short for sort()'s overhead.
  let distinct = 0;
  for (let i = 0; i + 1 < n; i++) {
    const key = (points[i]! + 1) * 0x110000 + points[i + 1]!;
    let at = distinct;
    while (at > 0 && keys[at - 1]! > key) at--;
    if (at > 0 && keys[at - 1] === key) continue;
    for (let k = distinct; k > at; k--) keys[k] = keys[k - 1]!;
    keys[at] = key;
    distinct++;
  }
  return distinct;
}

/**
 * Jaccard index of the two sets of character bigrams (a one-character string is its unigram).
 * @example bigramJaccard('万科企业', '万科') //=> 0.3333333333333333
 */
export function bigramJaccard(a: string, b: string): number {
  if (a === b) return 1;
  load(a, b);
  const la = loadedA;
  const lb = loadedB;
  if (la === 0 || lb === 0) return 0;
  if (keysA.length < la) keysA = new Float64Array(la * 2);
  if (keysB.length < lb) keysB = new Float64Array(lb * 2);
  const na = bigramKeys(pointsA, la, keysA);
  const nb = bigramKeys(pointsB, lb, keysB);
  let shared = 0;
  for (let i = 0, j = 0; i < na && j < nb; ) {
    if (keysA[i] === keysB[j]) { shared++; i++; j++; }
    else if (keysA[i]! < keysB[j]!) i++;
    else j++;
  }
  return shared / (na + nb - shared);
}

/**
 * Distinct character bigrams in order of first appearance; a one-character string gives itself.
 * @example bigrams('万科万科') //=> ['万科', '科万']
 */
export function bigrams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    if (!out.includes(g)) out.push(g);
  }
  return out;
}
