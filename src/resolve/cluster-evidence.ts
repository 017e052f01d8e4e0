import type { EntityEdge } from './entity-edge.js';

/** Why one member joined its cluster: the edge that reached it and the member at its other end. */
export interface MemberEvidence {
  readonly other: number;
  readonly score: number;
  readonly rule: string;
  readonly label: string;
}

/**
 * For each member but the first of its cluster: the strongest edge that reached it, walking each
 * cluster breadth-first from its first member and taking a member's edges strongest first (ties
 * in the order given). `cluster[i]` is member i's cluster id; only edges inside a cluster count.
 * @example clusterEvidence(Int32Array.from([0, 0]), [{ a: 0, b: 1, score: 0.99, rule: 'core_equal', label: '核心名称相同' }]).get(1)?.other //=> 0
 */
export function clusterEvidence(cluster: Int32Array, edges: readonly EntityEdge[]): Map<number, MemberEvidence> {
  const n = cluster.length;
  // Adjacency in compressed rows, both directions, in edge order.
  const start = new Int32Array(n + 1);
  for (const e of edges) {
    if (cluster[e.a] !== cluster[e.b] || e.a === e.b) continue;
    start[e.a + 1]!++;
    start[e.b + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const cursor = start.slice(0, n);
  const edgeOf = new Int32Array(start[n]!);
  const otherOf = new Int32Array(start[n]!);
  edges.forEach((e, k) => {
    if (cluster[e.a] !== cluster[e.b] || e.a === e.b) return;
    edgeOf[cursor[e.a]!] = k;
    otherOf[cursor[e.a]!++] = e.b;
    edgeOf[cursor[e.b]!] = k;
    otherOf[cursor[e.b]!++] = e.a;
  });
  const out = new Map<number, MemberEvidence>();
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  for (let first = 0; first < n; first++) {
    if (cluster[first] !== first || reached[first]) continue; // a cluster's id is its smallest member
    let head = 0;
    let tail = 0;
    queue[tail++] = first;
    reached[first] = 1;
    while (head < tail) {
      const at = queue[head++]!;
      const slots = [];
      for (let p = start[at]!; p < start[at + 1]!; p++) if (!reached[otherOf[p]!]) slots.push(p);
      slots.sort((x, y) => edges[edgeOf[y]!]!.score - edges[edgeOf[x]!]!.score || x - y);
      for (const p of slots) {
        const other = otherOf[p]!;
        if (reached[other]) continue;
        reached[other] = 1;
        const e = edges[edgeOf[p]!]!;
        out.set(other, { other: at, score: e.score, rule: e.rule, label: e.label });
        queue[tail++] = other;
      }
    }
  }
  return out;
}
