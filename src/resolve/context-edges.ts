import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows } from '../store/sql.js';
import { bigramJaccard, jaroWinklerChars } from './char-similarity.js';
import type { EntityEdge } from './entity-edge.js';

/** How alike two names must be when everything else about their matter is identical. */
export const CONTEXT_SIMILARITY = 0.5;
/** A matter shared by more spellings than this is too common to vouch for any of them. */
export const MAX_CONTEXT_GROUP = 6;
const NUMERALS = /[0-9一二三四五六七八九十〇零]+/gu;

/** One spelling as the context rules read it. */
export interface ContextParty {
  readonly coreName: string;
  readonly uscc: string | null;
  readonly usccValid: boolean;
}

/**
 * Whether two spellings that stand in the same matter are one party written two ways: never
 * across two valid USCCs or different numerals (第八/第五), and only when the names are at least
 * CONTEXT_SIMILARITY alike. Returns the edge's evidence, or null.
 * @example judgeContextPair({ coreName: '蕊中保洁服务', uscc: null, usccValid: false }, { coreName: '睿中保洁服务', uscc: null, usccValid: false })?.score //=> 0.91
 */
export function judgeContextPair(x: ContextParty, y: ContextParty): { score: number; label: string } | null {
  if (x.usccValid && y.usccValid && x.uscc && y.uscc && x.uscc !== y.uscc) return null;
  if ((x.coreName.match(NUMERALS) ?? []).join() !== (y.coreName.match(NUMERALS) ?? []).join()) return null;
  const s = Math.max(jaroWinklerChars(x.coreName, y.coreName), bigramJaccard(x.coreName, y.coreName));
  if (s < CONTEXT_SIMILARITY) return null;
  return { score: 0.91, label: `同一欠款事项（对方单位、项目、金额均相同）中的相近名称（相似度 ${s.toFixed(2)}）` };
}

/**
 * Candidate pairs of collective evidence, in SQL over every SME record: two spellings that stand
 * opposite the same party (as clustered on names alone, in __tmp_mention_rep), for the same amount
 * to the fen, on the same project or any project (a complaint names none), in a matter no more
 * than MAX_CONTEXT_GROUP spellings share; pairs already in one cluster are left out.
 */
const GROUPS_SQL = `
CREATE OR REPLACE TEMP TABLE __tmp_context_groups AS
WITH c AS (
  SELECT debtor_no AS a, creditor_no AS b, amount_fen AS amount,
         CASE WHEN source = 'survey' THEN regexp_replace(coalesce(project, ''), '[（(][^）)]*[）)]|\\s', '', 'g') ELSE '' END AS project
  FROM __tmp_resolve_records
  WHERE kind = 'sme_arrears' AND amount_fen IS NOT NULL AND debtor_no IS NOT NULL AND creditor_no IS NOT NULL
), sides AS MATERIALIZED (
  SELECT ra.rep AS anchor, 'D' AS side, c.project, c.amount, c.b AS member, rb.rep AS member_rep
  FROM c JOIN __tmp_mention_rep ra ON ra.mention_no = c.a JOIN __tmp_mention_rep rb ON rb.mention_no = c.b
  UNION ALL
  SELECT rb.rep, 'C', c.project, c.amount, c.a, ra.rep
  FROM c JOIN __tmp_mention_rep ra ON ra.mention_no = c.a JOIN __tmp_mention_rep rb ON rb.mention_no = c.b
), shared AS MATERIALIZED (
  -- the same counterpart and amount on any project, seen by two spellings of two clusters (most are seen by one)
  SELECT s.* FROM sides s SEMI JOIN (
    SELECT anchor, side, amount FROM sides GROUP BY ALL HAVING min(member) <> max(member) AND min(member_rep) <> max(member_rep)
  ) USING (anchor, side, amount)
), any_project AS (
  SELECT anchor, side, amount, list(DISTINCT member) AS members, count(DISTINCT member) AS n FROM shared GROUP BY ALL
), one_project AS (
  -- a matter too common on any project may still be rare on one
  SELECT list(DISTINCT member) AS members FROM shared
  SEMI JOIN (SELECT anchor, side, amount FROM any_project WHERE n > ${MAX_CONTEXT_GROUP}) USING (anchor, side, amount)
  GROUP BY anchor, side, project, amount
  HAVING count(DISTINCT member) BETWEEN 2 AND ${MAX_CONTEXT_GROUP} AND count(DISTINCT member_rep) > 1
), groups AS (
  SELECT members FROM any_project WHERE n <= ${MAX_CONTEXT_GROUP}
  UNION ALL
  SELECT members FROM one_project
)
SELECT u.g, u.member, r.rep
FROM (SELECT g, unnest(members) AS member FROM (SELECT row_number() OVER () AS g, members FROM groups)) u
JOIN __tmp_mention_rep r ON r.mention_no = u.member`;

const CANDIDATES_SQL = `
WITH pairs AS (
  SELECT DISTINCT x.member AS x, y.member AS y
  FROM __tmp_context_groups x JOIN __tmp_context_groups y USING (g)
  WHERE x.member < y.member AND x.rep <> y.rep
)
SELECT p.x, p.y, mx.core_name AS x_core, mx.uscc AS x_uscc, mx.uscc_ok AS x_ok, my.core_name AS y_core, my.uscc AS y_uscc, my.uscc_ok AS y_ok
FROM pairs p JOIN int_resolve_mentions mx ON mx.mention_no = p.x JOIN int_resolve_mentions my ON my.mention_no = p.y
ORDER BY p.x, p.y`;

interface Candidate {
  readonly x: number;
  readonly y: number;
  readonly x_core: string;
  readonly x_uscc: string | null;
  readonly x_ok: boolean;
  readonly y_core: string;
  readonly y_uscc: string | null;
  readonly y_ok: boolean;
}

/**
 * Collective evidence: two spellings that stand opposite the same entity, on the same project,
 * for the same amount to the fen, are one party written two ways (上海蕊中保洁 / 上海睿中保洁),
 * even where the names alone fall short of the fuzzy threshold. Needs the first clustering in
 * __tmp_mention_rep.
 */
export async function contextEdges(conn: DuckDBConnection): Promise<EntityEdge[]> {
  const edges: EntityEdge[] = [];
  await exec(conn, GROUPS_SQL);
  const candidates = await queryRows<Candidate>(conn, CANDIDATES_SQL);
  await exec(conn, 'DROP TABLE __tmp_context_groups');
  for (const c of candidates) {
    const judged = judgeContextPair(
      { coreName: c.x_core, uscc: c.x_uscc, usccValid: c.x_ok },
      { coreName: c.y_core, uscc: c.y_uscc, usccValid: c.y_ok },
    );
    if (judged) edges.push({ a: c.x, b: c.y, score: judged.score, rule: 'context', label: judged.label });
  }
  return edges;
}
