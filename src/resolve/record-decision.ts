import type { DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { exec, queryRows } from '../store/sql.js';

/**
 * Stores a person's must-link or cannot-link between two entities or spellings. Each side is an
 * entity id (ENT-000123, or an alias of one) or a name as written in the records; the decision is
 * kept per spelling so it survives every later resolution.
 */
export async function recordDecision(
  conn: DuckDBConnection,
  kind: 'link' | 'split',
  a: string,
  b: string,
  note: string | null,
  by: string | null,
): Promise<number> {
  const keysA = await keysOf(conn, a);
  const keysB = await keysOf(conn, b);
  let n = 0;
  for (const ka of keysA) {
    for (const kb of keysB) {
      if (ka === kb) continue;
      await exec(conn, { sql: 'INSERT INTO entity_decisions (kind, key_a, key_b, note, decided_by) VALUES (?, ?, ?, ?, ?)', params: [kind, ka, kb, note, by] });
      n++;
    }
  }
  return n;
}

async function keysOf(conn: DuckDBConnection, ref: string): Promise<string[]> {
  const rows = await queryRows<{ mention_key: string }>(conn, {
    sql: `SELECT mention_key FROM entity_members
          WHERE entity_id = coalesce((SELECT entity_id FROM entity_aliases WHERE alias_id = ?), ?)
             OR legal_name = ? OR split_part(mention_key, '|', 1) = ?
          ORDER BY mention_key`,
    params: [ref, ref, ref, ref],
  });
  if (rows.length === 0) {
    throw new PipelineError('USAGE', `找不到单位：${ref}。请用 arrears resolve 之后 entities_v 中的编号（如 ENT-000123）或记录中的单位名称。`, { ref });
  }
  return rows.map((r) => r.mention_key);
}
