import { bigrams } from './char-similarity.js';

export interface BlockCandidatesOptions {
  /**
   * Bigrams found in more names than this are not used to pair names. Very common bigrams
   * (建设, 科技, 上海, 实业) would otherwise pair most of the input with itself: a list of k names
   * gives k(k−1)/2 pairs, so one list of 20,000 is 200 million pairs. A name whose bigrams are all
   * this common gets no candidates from this rule; containmentCandidates and USCC equality remain.
   * Default 200.
   */
  readonly maxBlockSize?: number;
  /**
   * How many usable (not too common) bigrams two names must share. Default 1. With 2, 200,000 names
   * give about 17× fewer pairs, but a two-character short name (one bigram) then meets nothing:
   * add containmentCandidates, whose pairs minShared 1 already includes.
   */
  readonly minShared?: number;
  /**
   * A cheap test a pair must pass to be returned (say, lengths that can reach a comparison level),
   * applied as pairs are found so that the millions turned away are never built as arrays.
   */
  readonly accept?: (i: number, j: number) => boolean;
}

/** Inverted index in compressed rows: the distinct bigram ids of each name, the names of each bigram. */
interface BigramIndex {
  readonly nameStart: Int32Array;
  readonly nameBigrams: Int32Array;
  readonly listStart: Int32Array;
  readonly listNames: Int32Array; // ascending within each list
}

function buildIndex(names: readonly string[]): BigramIndex {
  const ids = new Map<string, number>();
  const nameStart = new Int32Array(names.length + 1);
  const found: number[] = [];
  names.forEach((name, i) => {
    for (const g of bigrams(name)) {
      let id = ids.get(g);
      if (id === undefined) ids.set(g, (id = ids.size));
      found.push(id);
    }
    nameStart[i + 1] = found.length;
  });
  const nameBigrams = Int32Array.from(found);
  const listStart = new Int32Array(ids.size + 1);
  for (const id of nameBigrams) listStart[id + 1]!++;
  for (let id = 0; id < ids.size; id++) listStart[id + 1]! += listStart[id]!;
  const cursor = listStart.slice(0, ids.size);
  const listNames = new Int32Array(nameBigrams.length);
  for (let i = 0; i < names.length; i++) {
    for (let p = nameStart[i]!; p < nameStart[i + 1]!; p++) listNames[cursor[nameBigrams[p]!]!++] = i;
  }
  return { nameStart, nameBigrams, listStart, listNames };
}

/**
 * What both bigram scans start from: the options with their defaults, the index, and the per-name
 * counters of shared bigrams (`touched` lists the names counted, so only they are reset).
 */
function blockScan(names: readonly string[], options: BlockCandidatesOptions) {
  return {
    maxBlockSize: options.maxBlockSize ?? 200,
    minShared: Math.max(1, options.minShared ?? 1),
    accept: options.accept,
    ...buildIndex(names),
    shared: new Int32Array(names.length),
    touched: new Int32Array(names.length),
  };
}

/**
 * Blocking rule: index pairs (i < j) of core names sharing at least `minShared` character bigrams,
 * through an inverted index so that only names in a common block are ever paired.
 * @example blockCandidates(['万科企业', '万科', '华为技术']) //=> [[0, 1]]
 */
export function blockCandidates(
  names: readonly string[],
  options: BlockCandidatesOptions = {},
): Array<readonly [number, number]> {
  const { maxBlockSize, minShared, accept, nameStart, nameBigrams, listStart, listNames, shared, touched } = blockScan(names, options);
  // For each name, count shared bigrams with every later name it meets; reset only what was touched.
  const pairs: Array<readonly [number, number]> = [];
  for (let i = 0; i < names.length; i++) {
    let t = 0;
    for (let p = nameStart[i]!; p < nameStart[i + 1]!; p++) {
      const id = nameBigrams[p]!;
      const from = listStart[id]!;
      const to = listStart[id + 1]!;
      if (to - from > maxBlockSize) continue;
      for (let q = to - 1; q >= from; q--) {
        const j = listNames[q]!;
        if (j <= i) break; // lists ascend, so the rest are earlier names
        if (shared[j]++ === 0) touched[t++] = j;
      }
    }
    const later = touched.subarray(0, t).sort();
    for (const j of later) {
      if (shared[j]! >= minShared && (accept === undefined || accept(i, j))) pairs.push([i, j] as const);
      shared[j] = 0;
    }
  }
  return pairs;
}

/**
 * Blocking rule: index pairs (i < j) where one name of at least 2 characters is contained in the
 * other (a short name 万科 in 万科企业; equal names count once). Only names holding the short
 * name's rarest bigram are checked — every container holds all its bigrams — so the cost follows
 * block sizes, not n². A short name whose rarest bigram is in more than `maxBlockSize` names is too
 * generic to name one company and yields nothing.
 * @example containmentCandidates(['万科企业', '华为技术', '万科']) //=> [[0, 2]]
 */
export function containmentCandidates(
  names: readonly string[],
  options: Pick<BlockCandidatesOptions, 'maxBlockSize'> = {},
): Array<readonly [number, number]> {
  const index = buildIndex(names);
  const { listStart, listNames } = index;
  const keys: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const short = names[i]!;
    const rarest = usableShortBigram(index, names, i, options.maxBlockSize ?? 200);
    if (rarest < 0) continue;
    for (let q = listStart[rarest]!; q < listStart[rarest + 1]!; q++) {
      const j = listNames[q]!;
      const long = names[j]!;
      // Equal lengths contain each other only when equal: report that pair from its smaller index.
      if (j === i || long.length < short.length || (long.length === short.length && (j < i || long !== short))) continue;
      if (long.includes(short)) keys.push(pairKey(i, j, names.length));
    }
  }
  return sortedPairs(keys, names.length);
}

/**
 * The bigram through which name i is looked up as a short name: its rarest, or -1 when it is too
 * generic to name one company (under 2 characters, or even its rarest bigram is in more than
 * maxBlockSize names). Every name containing it holds that bigram too.
 */
function usableShortBigram(index: BigramIndex, names: readonly string[], i: number, maxBlockSize: number): number {
  const short = names[i]!;
  if (short.length < 2 || (short.length === 2 && short.codePointAt(0)! > 0xffff)) return -1;
  const { nameStart, nameBigrams, listStart } = index;
  const size = (id: number) => listStart[id + 1]! - listStart[id]!;
  let rarest = -1;
  for (let p = nameStart[i]!; p < nameStart[i + 1]!; p++) {
    const id = nameBigrams[p]!;
    if (rarest < 0 || size(id) < size(rarest)) rarest = id;
  }
  return rarest < 0 || size(rarest) > maxBlockSize ? -1 : rarest;
}

const pairKey = (i: number, j: number, n: number) => Math.min(i, j) * n + Math.max(i, j);

function sortedPairs(keys: Iterable<number>, n: number): Array<readonly [number, number]> {
  return Array.from(Float64Array.from(keys).sort(), (k) => {
    const a = Math.floor(k / n);
    return [a, k - a * n] as const;
  });
}

/**
 * blockCandidates for a store that grows: only the pairs that touch one of `subjects` (the names
 * new since the last run; pairs of two older names were compared then), from the same index over
 * all names and with the same block-size rule.
 * @example blockCandidatesOf(['万科企业', '华为技术', '万科'], [2]) //=> [[0, 2]]
 */
export function blockCandidatesOf(
  names: readonly string[],
  subjects: readonly number[],
  options: BlockCandidatesOptions = {},
): Array<readonly [number, number]> {
  const { maxBlockSize, minShared, accept, nameStart, nameBigrams, listStart, listNames, shared, touched } = blockScan(names, options);
  const isSubject = new Uint8Array(names.length);
  for (const s of subjects) isSubject[s] = 1;
  const keys: number[] = [];
  for (const i of subjects) {
    let t = 0;
    for (let p = nameStart[i]!; p < nameStart[i + 1]!; p++) {
      const id = nameBigrams[p]!;
      if (listStart[id + 1]! - listStart[id]! > maxBlockSize) continue;
      for (let q = listStart[id]!; q < listStart[id + 1]!; q++) {
        const j = listNames[q]!;
        if (j !== i && shared[j]++ === 0) touched[t++] = j;
      }
    }
    for (let k = 0; k < t; k++) {
      const j = touched[k]!;
      // A pair of two subjects is found from both ends: keep it once, from its smaller end.
      if (shared[j]! >= minShared && (isSubject[j] === 0 || i < j) && (accept === undefined || accept(Math.min(i, j), Math.max(i, j)))) {
        keys.push(pairKey(i, j, names.length));
      }
      shared[j] = 0;
    }
  }
  return sortedPairs(keys, names.length);
}

/**
 * containmentCandidates for a store that grows: the pairs where one of `subjects` is the short
 * name or the long one. As the long one, every substring of it is looked up among the names.
 * @example containmentCandidatesOf(['万科', '华为技术', '万科企业'], [2]) //=> [[0, 2]]
 */
export function containmentCandidatesOf(
  names: readonly string[],
  subjects: readonly number[],
  options: Pick<BlockCandidatesOptions, 'maxBlockSize'> = {},
): Array<readonly [number, number]> {
  const maxBlockSize = options.maxBlockSize ?? 200;
  const bigramIndex = buildIndex(names);
  const { listStart, listNames } = bigramIndex;
  const usableShort = (i: number) => usableShortBigram(bigramIndex, names, i, maxBlockSize);
  const index = new Map(names.map((n, i) => [n, i]));
  const keys = new Set<number>();
  for (const i of subjects) {
    const rarest = usableShort(i);
    if (rarest >= 0) {
      for (let q = listStart[rarest]!; q < listStart[rarest + 1]!; q++) {
        const j = listNames[q]!;
        if (j !== i && names[j]!.length > names[i]!.length && names[j]!.includes(names[i]!)) keys.add(pairKey(i, j, names.length));
      }
    }
    const chars = Array.from(names[i]!);
    for (let from = 0; from < chars.length; from++) {
      for (let to = from + 2; to <= chars.length; to++) {
        if (to - from === chars.length) continue;
        const j = index.get(chars.slice(from, to).join(''));
        if (j !== undefined && j !== i && usableShort(j) >= 0) keys.add(pairKey(i, j, names.length));
      }
    }
  }
  return sortedPairs(keys, names.length);
}
