/** A scored candidate pair between records `a` and `b` (indices into the records being clustered). */
export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

export interface ClusterEntitiesOptions {
  /** Edges scoring below this never merge. */
  readonly threshold: number;
  /** Manual merges. Applied first and unconditionally: a person's decision beats USCCs and cannot-links. */
  readonly mustLink?: readonly (readonly [number, number])[];
  /** Manual splits: no scored edge may bring such a pair into one cluster (only a must-link can). */
  readonly cannotLink?: readonly (readonly [number, number])[];
  /** A record's USCC when its checksum is valid, else null: clusters never gain a second valid code. */
  readonly usccOf?: (i: number) => string | null;
}

function checkIndex(i: number, count: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= count) {
    throw new RangeError(`${what} refers to record ${i}, but there are ${count} records (0–${count - 1})`);
  }
}

/**
 * Cluster records: must-links first, then edges by descending score (ties by smaller then larger
 * index), each merged only if score ≥ threshold and the merge joins no two different USCCs and no
 * cannot-link pair. Returns each record's cluster id: the smallest index in its cluster.
 * @example clusterEntities(4, [{ a: 0, b: 1, score: 0.99 }, { a: 1, b: 2, score: 0.95 }], { threshold: 0.9, usccOf: (i) => (i === 0 ? 'U1' : i === 2 ? 'U2' : null) }) //=> Int32Array [0, 0, 2, 3]
 */
export function clusterEntities(count: number, edges: readonly Edge[], options: ClusterEntitiesOptions): Int32Array {
  const { threshold, mustLink = [], cannotLink = [], usccOf } = options;
  const parent = new Int32Array(count);
  const size = new Int32Array(count).fill(1);
  for (let i = 0; i < count; i++) parent[i] = i;
  // Per root: its USCC, or a set when must-links joined several (only they can), or null for none.
  const usccs: Array<string | Set<string> | null> = new Array<string | null>(count).fill(null);
  if (usccOf !== undefined) for (let i = 0; i < count; i++) usccs[i] = usccOf(i) ?? null;
  // Per root: the records that some member must stay apart from. Stored both ways round.
  const partners: Array<number[] | undefined> = new Array<undefined>(count).fill(undefined);
  for (const [p, q] of cannotLink) {
    checkIndex(p, count, 'cannotLink');
    checkIndex(q, count, 'cannotLink');
    if (p !== q) ((partners[p] ??= []).push(q), (partners[q] ??= []).push(p));
  }

  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!; // path halving
    return x;
  };
  const join = (x: number, y: number): void => {
    const [big, small] = size[x]! >= size[y]! ? [x, y] : [y, x];
    parent[small] = big;
    size[big]! += size[small]!;
    const ub = usccs[big]!, us = usccs[small]!;
    if (ub === null) usccs[big] = us;
    else if (us !== null && us !== ub) usccs[big] = new Set([...(typeof ub === 'string' ? [ub] : ub), ...(typeof us === 'string' ? [us] : us)]);
    usccs[small] = null;
    const pb = partners[big], ps = partners[small];
    if (ps !== undefined) {
      // Append the shorter list to the longer, so each entry moves O(log n) times.
      const [into, from] = pb === undefined || pb.length < ps.length ? [ps, pb ?? []] : [pb, ps];
      for (const p of from) into.push(p);
      partners[big] = into;
      partners[small] = undefined;
    }
  };
  const usccsClash = (x: number, y: number): boolean => {
    const ux = usccs[x]!, uy = usccs[y]!;
    return ux !== null && uy !== null && !(typeof ux === 'string' && ux === uy);
  };
  const cannotClash = (x: number, y: number): boolean => {
    const px = partners[x], py = partners[y];
    if (px === undefined || py === undefined) return false; // a clash is listed on both sides
    const [list, other] = px.length <= py.length ? [px, y] : [py, x];
    return list.some((p) => find(p) === other);
  };

  for (const [p, q] of mustLink) {
    checkIndex(p, count, 'mustLink');
    checkIndex(q, count, 'mustLink');
    const rp = find(p), rq = find(q);
    if (rp !== rq) join(rp, rq);
  }

  const kept: number[] = [];
  edges.forEach((e, k) => {
    checkIndex(e.a, count, `edge ${k}`);
    checkIndex(e.b, count, `edge ${k}`);
    if (e.score >= threshold && e.a !== e.b) kept.push(k);
  });
  // Without constraints every order gives the same components, so the sort is only paid when it matters.
  if (usccOf !== undefined || cannotLink.length > 0) {
    const score = Float64Array.from(kept, (k) => edges[k]!.score);
    const lo = Int32Array.from(kept, (k) => Math.min(edges[k]!.a, edges[k]!.b));
    const hi = Int32Array.from(kept, (k) => Math.max(edges[k]!.a, edges[k]!.b));
    const order = Array.from(kept, (_, i) => i).sort((i, j) => score[j]! - score[i]! || lo[i]! - lo[j]! || hi[i]! - hi[j]!);
    for (const i of order) {
      const ra = find(lo[i]!), rb = find(hi[i]!);
      if (ra !== rb && !usccsClash(ra, rb) && !cannotClash(ra, rb)) join(ra, rb);
    }
  } else {
    for (const k of kept) {
      const ra = find(edges[k]!.a), rb = find(edges[k]!.b);
      if (ra !== rb) join(ra, rb);
    }
  }

  const smallest = new Int32Array(count).fill(-1);
  const cluster = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const r = find(i);
    if (smallest[r] === -1) smallest[r] = i;
    cluster[i] = smallest[r]!;
  }
  return cluster;
}
