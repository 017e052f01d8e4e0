import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { blockCandidates, blockCandidatesOf, containmentCandidates, containmentCandidatesOf } from './block-candidates.js';
import { compareNames, couldMatch, FUZZY_THRESHOLD, type NameFacts } from './compare-names.js';

interface CoreRow {
  readonly core_name: string;
  readonly legal_name: string;
  readonly region_prefix: string | null;
  readonly uscc: string | null;
  readonly uscc_ok: boolean;
  readonly branch_of: string | null;
  readonly is_new: boolean;
}

// Each core name with the facts of its first spelling, in order of that spelling's number.
const CORES_SQL = `
WITH firsts AS (SELECT core_name, min(mention_no) AS first_no FROM int_resolve_mentions GROUP BY core_name)
SELECT m.core_name, m.legal_name, m.region_prefix, m.uscc, m.uscc_ok, m.branch_of, f.first_no >= ? AS is_new
FROM firsts f JOIN int_resolve_mentions m ON m.mention_no = f.first_no ORDER BY f.first_no`;

/**
 * The blocking and comparison half of entity resolution, for core names new to the store: each is
 * blocked (shared character bigrams; containment) against every core name, and each candidate
 * pair compared once, between the first spellings of the two cores. Pairs that reach the
 * threshold are stored in int_entity_pairs; pairs of two older cores were compared before.
 * Returns how many pairs were stored.
 */
export async function refreshNamePairs(conn: DuckDBConnection, firstNewMention: number): Promise<number> {
  const cores = await queryRows<CoreRow>(conn, { sql: CORES_SQL, params: [firstNewMention] });
  const subjects = cores.flatMap((c, i) => (c.is_new ? [i] : []));
  if (subjects.length === 0) return 0;
  const names = cores.map((c) => c.core_name);
  const all = subjects.length === names.length;
  const contained = all ? containmentCandidates(names) : containmentCandidatesOf(names, subjects);
  const accept = (x: number, y: number) => couldMatch(names[x]!, names[y]!);
  const blocked = all ? blockCandidates(names, { accept }) : blockCandidatesOf(names, subjects, { accept });
  const containedKeys = new Set(contained.map(([x, y]) => x * names.length + y));
  const facts = (i: number): NameFacts => {
    const c = cores[i]!;
    return { coreName: c.core_name, legalName: c.legal_name, regionPrefix: c.region_prefix, uscc: c.uscc, usccValid: c.uscc_ok, branchOf: c.branch_of };
  };
  const appender = await openTableAppender(conn, 'int_entity_pairs');
  let stored = 0;
  try {
    const consider = (x: number, y: number) => {
      const c = compareNames(facts(x), facts(y));
      if ((c.level === 'core_fuzzy' || c.level === 'core_contains') && c.score >= FUZZY_THRESHOLD) {
        appender.append({ core_a: names[x], core_b: names[y], score: c.score, rule: c.level, label: c.label });
        stored++;
      }
    };
    for (const [x, y] of blocked) if (!containedKeys.has(x * names.length + y)) consider(x, y);
    for (const [x, y] of contained) if (couldMatch(names[x]!, names[y]!)) consider(x, y);
  } finally {
    appender.close();
  }
  return stored;
}
