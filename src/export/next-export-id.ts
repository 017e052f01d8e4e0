import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, quoteIdent } from '../store/sql.js';
import { runningNumberSql } from '../store/readable-id.js';

/**
 * The next readable id in an export table (`RV-2026-000001`): one more than the largest number
 * used under any year, or claimed by an export of the same batch not yet recorded (the id is added
 * to `claimed`), so an id is never reused. The caller inserts it in its own transaction.
 * @example await nextExportId(conn, 'review_exports', 'RV', '2026') //=> 'RV-2026-000001'
 */
export async function nextExportId(
  conn: DuckDBConnection, table: 'review_exports' | 'share_exports', prefix: string, year: string, claimed = new Set<string>(),
): Promise<string> {
  const row = await queryOne<{ n: number | null }>(conn, {
    sql: `SELECT max(${runningNumberSql('export_id')}) AS n FROM ${quoteIdent(table)}`,
  });
  const taken = [...claimed].filter((id) => id.startsWith(`${prefix}-`)).map((id) => Number(/(\d+)$/.exec(id)![1]));
  const id = `${prefix}-${year}-${String(Math.max(Number(row?.n ?? 0), ...taken) + 1).padStart(6, '0')}`;
  claimed.add(id);
  return id;
}
