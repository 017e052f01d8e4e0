/** The ids chosen for this run's clusters, and the older ids that were merged away. */
export interface StableIds {
  /** One id per cluster, in the order the clusters were given. */
  readonly ids: readonly string[];
  /** [merged id, surviving id]: the merged id stays findable as an alias. */
  readonly aliases: readonly (readonly [string, string])[];
  readonly created: readonly string[];
}

/** Orders ids by their number, so 'ENT-000009' is older than 'ENT-000010'. */
export function idNumber(id: string): number {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

/**
 * Gives every cluster an id that never changes once a person has seen it. A cluster whose members
 * already had ids keeps the oldest; the others become its aliases. When a person split an old
 * cluster, the largest part keeps the old id and the rest get new ones.
 * @example assignStableIds([[0, 1], [2]], (i) => ['E-2', 'E-1', null][i] ?? null, () => 'E-3').ids //=> ['E-1', 'E-3']
 */
export function assignStableIds(
  clusters: readonly (readonly number[])[],
  previousId: (member: number) => string | null,
  newId: (cluster: number) => string,
): StableIds {
  const claims = clusters.map((members, index) => {
    const old = [...new Set(members.map(previousId).filter((x): x is string => x !== null))].sort((a, b) => idNumber(a) - idNumber(b));
    return { index, members, old };
  });
  // Clusters with the oldest ids claim first; among equals the bigger cluster wins the id.
  const order = [...claims].sort(
    (x, y) => (idNumber(x.old[0] ?? '') - idNumber(y.old[0] ?? '')) || y.members.length - x.members.length || x.index - y.index,
  );
  const taken = new Set<string>();
  const ids: string[] = new Array(clusters.length);
  const aliases: [string, string][] = [];
  const created: string[] = [];
  for (const c of order) {
    const free = c.old.filter((id) => !taken.has(id));
    const id = free[0] ?? newId(c.index);
    if (free.length === 0) created.push(id);
    taken.add(id);
    ids[c.index] = id;
    for (const other of free.slice(1)) {
      aliases.push([other, id]);
      taken.add(other);
    }
  }
  return { ids, aliases, created };
}
