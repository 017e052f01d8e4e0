import { blockCandidates, containmentCandidates } from './block-candidates.js';
import { compareNames, FUZZY_THRESHOLD, type NameFacts } from './compare-names.js';
import { knownShortNames, normalizeShortName } from '../normalize/known-short-names.js';

/** A scored reason to put two name spellings in one entity, with the words a person will read. */
export interface EntityEdge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly rule: 'uscc_equal' | 'core_equal' | 'short_name' | 'core_contains' | 'core_fuzzy' | 'context';
  readonly label: string;
}

/**
 * The blocking and comparison half of entity resolution. Exact keys (valid USCC, core name) chain
 * their members; distinct core names are blocked on character bigrams and on containment, and each
 * candidate pair is compared once, between representatives of the two core names.
 */
export function entityEdges(facts: readonly NameFacts[]): EntityEdge[] {
  const edges: EntityEdge[] = [];
  const chain = (groups: Map<string, number[]>, rule: EntityEdge['rule'], score: number, label: (i: number) => string) => {
    for (const members of groups.values()) {
      for (let k = 1; k < members.length; k++) edges.push({ a: members[0]!, b: members[k]!, score, rule, label: label(members[k]!) });
    }
  };
  const byUscc = new Map<string, number[]>();
  const byCore = new Map<string, number[]>();
  facts.forEach((f, i) => {
    // A branch registers its own code; it joins its parent by name, so its code is no key.
    if (f.uscc && f.usccValid && !f.branchOf) push(byUscc, f.uscc, i);
    push(byCore, f.coreName, i);
  });
  chain(byUscc, 'uscc_equal', 1, () => '统一社会信用代码相同');
  chain(byCore, 'core_equal', 0.99, (i) => (facts[i]!.branchOf ? '分支机构并入总部（核心名称相同）' : '核心名称相同'));

  const shorts = knownShortNames();
  facts.forEach((f, i) => {
    const target = shorts.get(normalizeShortName(f.legalName)) ?? shorts.get(f.coreName);
    const members = target && target !== f.coreName ? byCore.get(target) : undefined;
    if (members) edges.push({ a: members[0]!, b: i, score: 0.95, rule: 'short_name', label: '已知上市公司简称对应全称' });
  });

  const cores = [...byCore.keys()];
  const seen = new Set<string>();
  for (const [x, y] of [...blockCandidates(cores), ...containmentCandidates(cores)]) {
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = byCore.get(cores[x]!)![0]!;
    const b = byCore.get(cores[y]!)![0]!;
    const c = compareNames(facts[a]!, facts[b]!);
    if ((c.level === 'core_fuzzy' || c.level === 'core_contains') && c.score >= FUZZY_THRESHOLD) {
      edges.push({ a, b, score: c.score, rule: c.level, label: c.label });
    }
  }
  return edges;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}
