import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows } from '../store/sql.js';
import { CONTEXT_GROUPS_SQL, CONTEXT_MEMBERS_SQL } from './context-sql.js';
import { judgeContextPair, type ContextKind, type ContextParty } from './context-rules.js';
import type { EntityEdge } from './entity-edge.js';

interface Member {
  readonly g: string;
  readonly member: number;
  readonly rep: number;
  readonly amount: bigint | null;
  readonly surveyed: boolean | null;
  readonly core_name: string;
  readonly uscc: string | null;
  readonly uscc_ok: boolean;
}

const KINDS: readonly ContextKind[] = ['amount', 'claim', 'site'];

/**
 * Collective evidence: two spellings that stand in one matter are one party written two ways
 * (上海蕊中保洁 / 上海睿中保洁), even where the names alone fall short of the fuzzy threshold or a
 * short brand (字号) keeps names apart. The matters are found in SQL over every record
 * (context-sql.ts) on the first clustering in __tmp_mention_rep; each pair of spellings of two
 * clusters is judged by judgeContextPair, the strongest kind of matter first.
 */
export async function contextEdges(conn: DuckDBConnection): Promise<EntityEdge[]> {
  await exec(conn, CONTEXT_GROUPS_SQL);
  const members = await queryRows<Member>(conn, CONTEXT_MEMBERS_SQL);
  await exec(conn, 'DROP TABLE __tmp_context_groups');
  const groups = new Map<string, Member[]>();
  for (const m of members) (groups.get(m.g) ?? groups.set(m.g, []).get(m.g)!).push(m);
  const party = (m: Member): ContextParty => ({
    coreName: m.core_name, uscc: m.uscc, usccValid: m.uscc_ok, amount: m.amount === null ? null : Number(m.amount), surveyed: m.surveyed,
  });
  const judged = new Map<string, EntityEdge>();
  for (const kind of KINDS) {
    for (const [g, list] of groups) {
      if (!g.startsWith(`${kind}:`)) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [x, y] = list[i]!.member < list[j]!.member ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
          const key = `${x.member}:${y.member}`;
          if (x.rep === y.rep || judged.has(key)) continue;
          const edge = judgeContextPair(kind, party(x), party(y));
          if (edge) judged.set(key, { a: x.member, b: y.member, score: edge.score, rule: 'context', label: edge.label });
        }
      }
    }
  }
  return [...judged.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}
