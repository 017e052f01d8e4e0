import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { clusterEntities, type ClusterEntitiesOptions, type Edge } from '../../src/resolve/cluster-entities.js';

type Pair = readonly [number, number];

/** Connected components by breadth-first search over edges at or above the threshold. */
function bfsComponents(count: number, edges: readonly Edge[], threshold: number): Int32Array {
  const next = Array.from({ length: count }, (): number[] => []);
  for (const e of edges) if (e.score >= threshold) (next[e.a]!.push(e.b), next[e.b]!.push(e.a));
  const out = new Int32Array(count).fill(-1);
  for (let start = 0; start < count; start++) {
    if (out[start] !== -1) continue;
    const queue = [start];
    out[start] = start; // visited in index order, so the start is the smallest member
    for (let k = 0; k < queue.length; k++) {
      for (const n of next[queue[k]!]!) if (out[n] === -1) (out[n] = start, queue.push(n));
    }
  }
  return out;
}

/** The same rules done the slow, obvious way: relabel arrays and check every member on each merge. */
function naiveCluster(count: number, edges: readonly Edge[], options: ClusterEntitiesOptions): Int32Array {
  const { threshold, mustLink = [], cannotLink = [], usccOf = () => null } = options;
  const label = Array.from({ length: count }, (_, i) => i);
  const merge = (x: number, y: number) => { const from = label[y]; label.forEach((l, i) => { if (l === from) label[i] = label[x]!; }); };
  for (const [p, q] of mustLink) if (label[p] !== label[q]) merge(p, q);
  const sorted = edges.filter((e) => e.score >= threshold && e.a !== e.b)
    .map((e) => ({ score: e.score, lo: Math.min(e.a, e.b), hi: Math.max(e.a, e.b) }))
    .sort((x, y) => y.score - x.score || x.lo - y.lo || x.hi - y.hi);
  for (const { lo, hi } of sorted) {
    const inA = (i: number) => label[i] === label[lo], inB = (i: number) => label[i] === label[hi];
    if (label[lo] === label[hi]) continue;
    const codes = (inside: (i: number) => boolean) => new Set(label.flatMap((_, i) => (inside(i) && usccOf(i) !== null ? [usccOf(i)] : [])));
    const ca = codes(inA), cb = codes(inB);
    const usccOk = ca.size === 0 || cb.size === 0 || (ca.size === 1 && cb.size === 1 && [...ca][0] === [...cb][0]);
    const cannotOk = !cannotLink.some(([p, q]) => (inA(p) && inB(q)) || (inA(q) && inB(p)));
    if (usccOk && cannotOk) merge(lo, hi);
  }
  const smallest = new Map<number, number>();
  label.forEach((l, i) => { if (!smallest.has(l)) smallest.set(l, i); });
  return Int32Array.from(label, (l) => smallest.get(l)!);
}

const graph = fc.integer({ min: 1, max: 60 }).chain((count) => {
  const node = fc.nat(count - 1);
  const pair = fc.tuple(node, node);
  return fc.record({
    count: fc.constant(count),
    // Few distinct scores, so that ties (and their ordering) are exercised.
    edges: fc.array(fc.record({ a: node, b: node, score: fc.constantFrom(0.3, 0.85, 0.9, 0.95, 0.99, 1) }), { maxLength: 150 }),
    threshold: fc.constantFrom(0.5, 0.9, 0.95),
    codes: fc.array(fc.option(fc.constantFrom('A', 'B', 'C'), { freq: 2 }), { minLength: count, maxLength: count }),
    mustLink: fc.array(pair, { maxLength: 4 }),
    cannotLink: fc.array(pair, { maxLength: 8 }),
    seed: fc.integer(),
  });
});

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 48271) >>> 0) % 2147483647 || 1;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('clusterEntities', () => {
  it('keeps a USCC clash apart', () => {
    const edges = [{ a: 0, b: 1, score: 0.99 }, { a: 1, b: 2, score: 0.95 }];
    const usccOf = (i: number) => (i === 0 ? 'U1' : i === 2 ? 'U2' : null);
    expect(clusterEntities(4, edges, { threshold: 0.9, usccOf })).toEqual(Int32Array.from([0, 0, 2, 3]));
    expect(clusterEntities(4, edges, { threshold: 0.9 })).toEqual(Int32Array.from([0, 0, 0, 3]));
  });

  it('lets the higher score take a record two clusters compete for', () => {
    const edges = [{ a: 1, b: 2, score: 0.92 }, { a: 0, b: 1, score: 0.97 }];
    expect(clusterEntities(3, edges, { threshold: 0.9, cannotLink: [[0, 2]] })).toEqual(Int32Array.from([0, 0, 2]));
  });

  it('breaks score ties by the smaller index, then the larger', () => {
    // 0–4 and 1–3 compete for the must-linked cluster {3, 4}; 0–4 comes first as (0, 4) < (1, 3).
    const edges = [{ a: 3, b: 1, score: 0.95 }, { a: 4, b: 0, score: 0.95 }];
    expect(clusterEntities(5, edges, { threshold: 0.9, mustLink: [[3, 4]], cannotLink: [[0, 1]] })).toEqual(Int32Array.from([0, 1, 2, 0, 0]));
  });

  it('applies must-links before everything, even against a USCC or a cannot-link', () => {
    const result = clusterEntities(3, [], { threshold: 0.9, mustLink: [[0, 1], [1, 2]], cannotLink: [[0, 2]], usccOf: (i) => `U${i}` });
    expect(result).toEqual(Int32Array.from([0, 0, 0]));
  });

  it('refuses indices outside the records', () => {
    expect(() => clusterEntities(2, [{ a: 0, b: 2, score: 1 }], { threshold: 0.5 })).toThrow(/record 2, but there are 2 records/);
    expect(() => clusterEntities(2, [], { threshold: 0.5, mustLink: [[-1, 0]] })).toThrow(RangeError);
  });

  it('equals connected components over edges at the threshold when there are no constraints', () => {
    fc.assert(fc.property(graph, ({ count, edges, threshold }) => {
      expect(clusterEntities(count, edges, { threshold })).toEqual(bfsComponents(count, edges, threshold));
    }), { numRuns: 300 });
  });

  it('equals the slow greedy version with USCCs, must-links and cannot-links', () => {
    fc.assert(fc.property(graph, ({ count, edges, threshold, codes, mustLink, cannotLink }) => {
      const options = { threshold, mustLink, cannotLink, usccOf: (i: number) => codes[i] ?? null };
      expect(clusterEntities(count, edges, options)).toEqual(naiveCluster(count, edges, options));
    }), { numRuns: 300 });
  });

  it('keeps its invariants and ignores the order of edges', () => {
    fc.assert(fc.property(graph, ({ count, edges, threshold, codes, mustLink, cannotLink, seed }) => {
      const usccOf = (i: number) => codes[i] ?? null;
      const result = clusterEntities(count, edges, { threshold, mustLink, cannotLink, usccOf });
      const reordered = shuffled(edges, seed).map((e) => (seed % 2 === 0 ? e : { a: e.b, b: e.a, score: e.score }));
      expect(clusterEntities(count, reordered, { threshold, mustLink: shuffled(mustLink, seed), cannotLink, usccOf })).toEqual(result);
      // Only must-links may join a clash: any clashing pair in a cluster sits in one must-link component.
      const manual = bfsComponents(count, mustLink.map(([a, b]) => ({ a, b, score: 1 })), 1);
      const clashes: Pair[] = [...cannotLink];
      for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) if (codes[i] && codes[j] && codes[i] !== codes[j]) clashes.push([i, j]);
      for (const [p, q] of clashes) if (result[p] === result[q]) expect(manual[p]).toBe(manual[q]);
      for (const [p, q] of mustLink) expect(result[p]).toBe(result[q]);
      result.forEach((r, i) => { expect(r).toBeLessThanOrEqual(i); expect(result[r]).toBe(r); });
    }), { numRuns: 300 });
  });

  it('clusters 200,000 records over 1,000,000 edges', () => {
    let s = 12345;
    const random = () => ((s = (s * 48271) % 2147483647) / 2147483647);
    const count = 200_000;
    const edges = Array.from({ length: 1_000_000 }, () => ({ a: Math.floor(random() * count), b: Math.floor(random() * count), score: random() }));
    const cannotLink = Array.from({ length: 10_000 }, (): Pair => [Math.floor(random() * count), Math.floor(random() * count)]);
    const usccOf = (i: number) => (i % 7 === 0 ? `U${i % 5000}` : null);
    const plain = clusterEntities(count, edges, { threshold: 0.9 });
    expect(plain).toEqual(bfsComponents(count, edges, 0.9));
    const constrained = clusterEntities(count, edges, { threshold: 0.9, cannotLink, usccOf });
    for (const [p, q] of cannotLink) if (p !== q) expect(constrained[p]).not.toBe(constrained[q]);
  });
});
