import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { blockCandidates, blockCandidatesOf, containmentCandidates, containmentCandidatesOf } from '../../src/resolve/block-candidates.js';
import { bigrams } from '../../src/resolve/char-similarity.js';
import { normalizeEnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';

const cores = readFileSync(new URL('../../sample-data/reference/companies.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t')[3]!)
  .flatMap((name) => { const r = normalizeEnterpriseName(name); return r.ok ? [r.value.coreName] : []; });

// The O(n²) definitions, as oracles.
function naiveBlock(names: readonly string[], maxBlockSize: number, minShared: number): Array<[number, number]> {
  const sets = names.map((n) => new Set(bigrams(n)));
  const frequency = new Map<string, number>();
  for (const s of sets) for (const g of s) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const shared = [...sets[i]!].filter((g) => sets[j]!.has(g) && frequency.get(g)! <= maxBlockSize).length;
      if (shared >= minShared) pairs.push([i, j]);
    }
  }
  return pairs;
}

function naiveContainment(names: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [s, l] = names[i]!.length <= names[j]!.length ? [names[i]!, names[j]!] : [names[j]!, names[i]!];
      if (Array.from(s).length >= 2 && l.includes(s)) pairs.push([i, j]);
    }
  }
  return pairs;
}

// A small alphabet, so that names share bigrams and contain each other often.
const names = fc.array(fc.string({ unit: fc.constantFrom(...'万科企业华为技术𠀀'), maxLength: 6 }), { maxLength: 40 });

describe('blockCandidates', () => {
  it('pairs names that share a bigram, once, smaller index first', () => {
    expect(blockCandidates(['万科企业', '万科', '华为技术'])).toEqual([[0, 1]]);
    expect(blockCandidates(['万科企业', '企业万科', '万科'])).toEqual([[0, 1], [0, 2], [1, 2]]);
    expect(blockCandidates(['万科企业', '企业万科', '万科'], { minShared: 2 })).toEqual([[0, 1]]);
  });

  it('skips bigrams in more than maxBlockSize names', () => {
    const list = ['某甲科技', '某乙科技', '某丙科技', '华为技术', '华为科技'];
    expect(blockCandidates(list, { maxBlockSize: 3 })).toEqual([[3, 4]]); // 科技 is in 4 names
    expect(blockCandidates(list, { maxBlockSize: 4 })).toHaveLength(6 + 1);
  });

  it('equals the all-pairs definition', () => {
    fc.assert(fc.property(names, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (list, maxBlockSize, minShared) => {
      expect(blockCandidates(list, { maxBlockSize, minShared })).toEqual(naiveBlock(list, maxBlockSize, minShared));
    }));
  });

  it('pairs each real company with few others', () => {
    const pairs = blockCandidates(cores);
    expect(pairs.length).toBeLessThan(cores.length * 60);
    const wanke = cores.indexOf('万科企业');
    expect(pairs.some(([a, b]) => a === wanke || b === wanke)).toBe(true);
  });
});

describe('containmentCandidates', () => {
  it('pairs a short name with the names containing it', () => {
    expect(containmentCandidates(['万科企业', '华为技术', '万科'])).toEqual([[0, 2]]);
    expect(containmentCandidates(['万科', '万科', '万科企业'])).toEqual([[0, 1], [0, 2], [1, 2]]);
    expect(containmentCandidates(['万', '万科'])).toEqual([]); // one character contains nothing
  });

  it('finds a short name through its rarest bigram, not only its first', () => {
    const list = ['科技华为', ...Array.from({ length: 5 }, (_, i) => `科技${i}号`)];
    expect(containmentCandidates([...list, '科技华'], { maxBlockSize: 3 })).toEqual([[0, 6]]);
  });

  it('drops a short name too generic to name one company', () => {
    const list = ['科技', '甲科技', '乙科技', '丙科技'];
    expect(containmentCandidates(list, { maxBlockSize: 3 })).toEqual([]);
    expect(containmentCandidates(list, { maxBlockSize: 4 })).toEqual([[0, 1], [0, 2], [0, 3]]);
  });

  it('equals the all-pairs definition when no block is too big', () => {
    fc.assert(fc.property(names, (list) => {
      expect(containmentCandidates(list, { maxBlockSize: Infinity })).toEqual(naiveContainment(list));
    }));
  });
});

describe('candidates for names new to a store', () => {
  // The full rule on all names, restricted to the pairs that touch a new name.
  const touching = (pairs: ReadonlyArray<readonly [number, number]>, subjects: readonly number[]) =>
    pairs.filter(([a, b]) => subjects.includes(a) || subjects.includes(b));
  const withSubjects = fc.tuple(names, fc.array(fc.nat(), { maxLength: 10 })).map(([list, picks]) =>
    [list, list.length === 0 ? [] : [...new Set(picks.map((p) => p % list.length))].sort((a, b) => a - b)] as const);

  it('blockCandidatesOf gives the pairs blockCandidates gives that touch a new name', () => {
    expect(blockCandidatesOf(['万科企业', '华为技术', '万科'], [2])).toEqual([[0, 2]]);
    fc.assert(fc.property(withSubjects, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), ([list, subjects], maxBlockSize, minShared) => {
      expect(blockCandidatesOf(list, subjects, { maxBlockSize, minShared })).toEqual(touching(blockCandidates(list, { maxBlockSize, minShared }), subjects));
    }));
  });

  it('containmentCandidatesOf gives the pairs containmentCandidates gives that touch a new name, as the short or the long one', () => {
    expect(containmentCandidatesOf(['万科', '华为技术', '万科企业'], [2])).toEqual([[0, 2]]);
    expect(containmentCandidatesOf(['万科', '华为技术', '万科企业'], [0])).toEqual([[0, 2]]);
    fc.assert(fc.property(withSubjects, fc.integer({ min: 1, max: 12 }), ([list, subjects], maxBlockSize) => {
      // Names in a store are distinct core names.
      const distinct = [...new Set(list)];
      const within = subjects.filter((s) => s < distinct.length);
      expect(containmentCandidatesOf(distinct, within, { maxBlockSize })).toEqual(touching(containmentCandidates(distinct, { maxBlockSize }), within));
    }));
  });
});
