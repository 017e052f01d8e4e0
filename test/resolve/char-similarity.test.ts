import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  bigramJaccard, bigrams, jaroWinklerChars, levenshteinChars, levenshteinSimilarity,
} from '../../src/resolve/char-similarity.js';

// Plain textbook versions over Array.from, the oracles for the allocation-free ones.
function naiveLevenshtein(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
  }
  return d[x.length]![y.length]!;
}

function naiveJaroWinkler(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  if (a === b) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(x.length, y.length) / 2) - 1);
  const usedY = new Set<number>();
  const matchedX: string[] = [];
  x.forEach((c, i) => {
    for (let j = Math.max(0, i - window); j <= Math.min(y.length - 1, i + window); j++) {
      if (!usedY.has(j) && y[j] === c) { usedY.add(j); matchedX.push(c); return; }
    }
  });
  const m = matchedX.length;
  if (m === 0) return 0;
  const matchedY = [...usedY].sort((p, q) => p - q).map((j) => y[j]);
  const t = matchedX.filter((c, k) => c !== matchedY[k]).length / 2;
  const jaro = (m / x.length + m / y.length + (m - t) / m) / 3;
  let l = 0;
  while (l < 4 && l < Math.min(x.length, y.length) && x[l] === y[l]) l++;
  return jaro > 0.7 ? jaro + l * 0.1 * (1 - jaro) : jaro;
}

function naiveJaccard(a: string, b: string): number {
  if (a === b) return 1;
  const x = new Set(bigrams(a)), y = new Set(bigrams(b));
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((g) => y.has(g)).length;
  return shared / (x.size + y.size - shared);
}

// Few letters, so that strings share characters; one outside the BMP, which JS counts as two units.
const hanzi = fc.string({ unit: fc.constantFrom(...'华为技术万科企业中国建筑八五𠀀a'), maxLength: 14 });
const anything = fc.string({ unit: 'binary', maxLength: 20 });
const text = fc.oneof(hanzi, anything);

describe('levenshteinChars', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['中国建筑第八工程局', '中国建筑第五工程局', 1], // DuckDB's byte-level levenshtein says 3
    ['万科', '万科企业', 2],
    ['𠀀华', '华', 1],
    ['', '华为', 2],
    ['华为', '华为', 0],
  ])('%s / %s → %i', (a, b, d) => {
    expect(levenshteinChars(a, b)).toBe(d);
  });

  it('agrees with the textbook table', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      expect(levenshteinChars(a, b)).toBe(naiveLevenshtein(a, b));
    }));
  });

  it('grows its buffers for long strings and keeps working after', () => {
    const long = '华为技术'.repeat(300);
    expect(levenshteinChars(long, `${long}万科`)).toBe(2);
    expect(levenshteinChars('华为', '华力')).toBe(1);
  });
});

describe('levenshteinSimilarity', () => {
  it('is 1 − distance over the longer length, in characters', () => {
    expect(levenshteinSimilarity('华为技术', '华为技木')).toBe(0.75);
    expect(levenshteinSimilarity('𠀀𠀀', '𠀀')).toBe(0.5);
    expect(levenshteinSimilarity('', '')).toBe(1);
    expect(levenshteinSimilarity('', '华')).toBe(0);
  });
});

describe('jaroWinklerChars', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
    ['华为技术', '华为技木', 0.8833],
    ['华为', '华力', 0.6667], // below 0.7: no prefix bonus
    ['ab', 'ba', 0],
  ])('%s / %s → %f', (a, b, expected) => {
    expect(jaroWinklerChars(a, b)).toBeCloseTo(expected, 4);
  });

  it('agrees with the textbook definition, is symmetric and lies in [0, 1]', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      const s = jaroWinklerChars(a, b);
      expect(s).toBeCloseTo(naiveJaroWinkler(a, b), 12);
      expect(s).toBeCloseTo(jaroWinklerChars(b, a), 12);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }));
  });
});

describe('bigramJaccard', () => {
  it('compares sets of character bigrams', () => {
    expect(bigramJaccard('万科企业', '万科')).toBeCloseTo(1 / 3, 12);
    expect(bigramJaccard('万科万科', '万科')).toBeCloseTo(1 / 2, 12); // 万科, 科万 against 万科
    expect(bigramJaccard('万', '万')).toBe(1);
    expect(bigramJaccard('万', '万科')).toBe(0); // a unigram is never a bigram
    expect(bigramJaccard('', '万科')).toBe(0);
  });

  it('agrees with a Set-based version', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      expect(bigramJaccard(a, b)).toBeCloseTo(naiveJaccard(a, b), 12);
    }));
  });
});

describe('bigrams', () => {
  it('lists distinct character bigrams in order', () => {
    expect(bigrams('万科企业')).toEqual(['万科', '科企', '企业']);
    expect(bigrams('万科万科')).toEqual(['万科', '科万']);
    expect(bigrams('𠀀华')).toEqual(['𠀀华']);
    expect(bigrams('万')).toEqual(['万']);
    expect(bigrams('')).toEqual([]);
  });
});
