import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows } from '../store/sql.js';
import { CONTEXT_GROUPS_SQL, CONTEXT_PAIRS_SQL } from './context-sql.js';
import { judgeContextPair, type ContextKind } from './context-rules.js';
import type { EntityEdge } from './entity-edge.js';

interface Candidate {
  readonly kind: ContextKind;
  readonly x: number;
  readonly y: number;
  readonly x_core: string;
  readonly y_core: string;
  readonly x_uscc: string | null;
  readonly y_uscc: string | null;
  readonly x_ok: boolean;
  readonly y_ok: boolean;
  readonly x_amount: bigint | null;
  readonly y_amount: bigint | null;
  readonly x_surveyed: boolean | null;
  readonly y_surveyed: boolean | null;
}

const num = (v: bigint | null) => (v === null ? null : Number(v));

/**
 * Collective evidence: two spellings that stand in one matter are one party written two ways
 * (上海蕊中保洁 / 上海睿中保洁), even where the names alone fall short of the fuzzy threshold or a
 * short brand (字号) keeps names apart. The matters and their candidate pairs are found in SQL
 * over every record (context-sql.ts) on the first clustering in __tmp_mention_rep; each pair is
 * judged by judgeContextPair, the strongest kind of matter first.
 */
export async function contextEdges(conn: DuckDBConnection): Promise<EntityEdge[]> {
  await exec(conn, CONTEXT_GROUPS_SQL);
  const candidates = await queryRows<Candidate>(conn, CONTEXT_PAIRS_SQL);
  await exec(conn, 'DROP TABLE __tmp_context_groups');
  const judged = new Map<string, EntityEdge>();
  for (const c of candidates) {
    const key = `${c.x}:${c.y}`;
    if (judged.has(key)) continue;
    const edge = judgeContextPair(c.kind,
      { coreName: c.x_core, uscc: c.x_uscc, usccValid: c.x_ok, amount: num(c.x_amount), surveyed: c.x_surveyed },
      { coreName: c.y_core, uscc: c.y_uscc, usccValid: c.y_ok, amount: num(c.y_amount), surveyed: c.y_surveyed });
    if (edge) judged.set(key, { a: c.x, b: c.y, score: edge.score, rule: 'context', label: edge.label });
  }
  return [...judged.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}
