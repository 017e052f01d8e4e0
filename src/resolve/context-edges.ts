import { bigramJaccard, jaroWinklerChars } from './char-similarity.js';
import type { NameFacts } from './compare-names.js';
import type { EntityEdge } from './entity-edges.js';

/** One record's two parties (mention indices) and the matter they share. */
export interface ContextRecord {
  readonly a: number;
  readonly b: number;
  readonly project: string;
  readonly amount: bigint | number | null;
}

/** How alike two names must be when everything else about their matter is identical. */
export const CONTEXT_SIMILARITY = 0.5;
const MAX_GROUP = 6;
const NUMERALS = /[0-9一二三四五六七八九十〇零]+/gu;

/**
 * Collective evidence: two spellings that stand opposite the same entity, on the same project,
 * for the same amount to the fen, are one party written two ways (上海蕊中保洁 / 上海睿中保洁),
 * even where the names alone fall short of the fuzzy threshold. Built on a first clustering,
 * `rep` giving each spelling's cluster.
 */
export function contextEdges(records: readonly ContextRecord[], rep: ArrayLike<number>, facts: readonly NameFacts[]): EntityEdge[] {
  const groups = new Map<string, Set<number>>();
  const add = (key: string, member: number) => (groups.get(key) ?? groups.set(key, new Set()).get(key)!).add(member);
  for (const r of records) {
    if (r.amount === null || r.amount === undefined) continue;
    add(`${rep[r.a]}>|${r.project}|${r.amount}`, r.b);
    add(`<${rep[r.b]}|${r.project}|${r.amount}`, r.a);
    // A complaint names no project: the same counterpart and the same amount to the fen will do.
    add(`${rep[r.a]}>|*|${r.amount}`, r.b);
    add(`<${rep[r.b]}|*|${r.amount}`, r.a);
  }
  const edges: EntityEdge[] = [];
  const seen = new Set<string>();
  const consider = (x: number, y: number, label: string) => {
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    if (rep[x] === rep[y] || seen.has(key)) return;
    seen.add(key);
    const fx = facts[x]!;
    const fy = facts[y]!;
    if (fx.usccValid && fy.usccValid && fx.uscc && fy.uscc && fx.uscc !== fy.uscc) return;
    if ((fx.coreName.match(NUMERALS) ?? []).join() !== (fy.coreName.match(NUMERALS) ?? []).join()) return;
    const s = Math.max(jaroWinklerChars(fx.coreName, fy.coreName), bigramJaccard(fx.coreName, fy.coreName));
    if (s >= CONTEXT_SIMILARITY) edges.push({ a: x, b: y, score: 0.91, rule: 'context', label: `${label}中的相近名称（相似度 ${s.toFixed(2)}）` });
  };
  for (const members of groups.values()) {
    if (members.size < 2 || members.size > MAX_GROUP) continue;
    const list = [...members];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!, '同一欠款事项（对方单位、项目、金额均相同）');
    }
  }
  return edges;
}

