import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { tempTable } from '../store/paged-rows.js';
import { exec, queryOne, withTransaction, type SqlQuery } from '../store/sql.js';
import { nextStatus } from './transfer-lifecycle.js';

export interface SendOptions {
  readonly by: string;
  readonly on: string;
  readonly note: string;
}

/**
 * Sends many pending transfers at once (an export is their transfer): the ids given, or those a
 * query selects (a `transfer_id` column), in one transaction: one UPDATE and one INSERT of their
 * events, set-based, instead of a transaction per transfer. Only transfers still pending move;
 * the ids that did are returned, in id order.
 * @example await sendTransfers(conn, ['TR-2026-000001'], { by: 'review export', on: '2026-04-25', note: '随审核表移送' }) //=> ['TR-2026-000001']
 */
export async function sendTransfers(conn: DuckDBConnection, selection: readonly string[] | SqlQuery, options: SendOptions): Promise<string[]> {
  const step = nextStatus('pending', 'send');
  if (!step.ok) return [];
  if (Array.isArray(selection) && selection.length === 0) return []; // and DuckDB cannot type an empty list parameter
  const chosen: SqlQuery = Array.isArray(selection)
    ? { sql: 'SELECT unnest(CAST(? AS VARCHAR[])) AS transfer_id', params: [listValue([...selection])] }
    : (selection as SqlQuery);
  return withTransaction(conn, async () => {
    // The ids in a table, not a list parameter: a list of 600,000 ids costs seconds to build and
    // bind. The UPDATE has no RETURNING (DuckDB's RETURNING made a 9,000-row send take a second).
    const moving = await tempTable(conn, {
      sql: `SELECT transfer_id FROM transfers WHERE status = 'pending' AND transfer_id IN (SELECT transfer_id FROM (${chosen.sql}))`,
      params: chosen.params,
    });
    const table = moving.table;
    await exec(conn, {
      sql: `UPDATE transfers SET status = ?, version = version + 1, updated_at = current_timestamp
            WHERE transfer_id IN (SELECT transfer_id FROM ${table})`,
      params: [step.value],
    });
    await exec(conn, {
      sql: `INSERT INTO transfer_events (transfer_id, action, from_status, to_status, on_date, by_whom, note)
            SELECT transfer_id, 'send', 'pending', ?, ?, ?, ? FROM ${table} ORDER BY transfer_id`,
      params: [step.value, options.on, options.by, options.note],
    });
    const ids = await queryOne<{ ids: string | null }>(conn, `SELECT string_agg(transfer_id, ',' ORDER BY transfer_id) AS ids FROM ${table}`);
    await moving.drop();
    return ids?.ids ? ids.ids.split(',') : [];
  });
}
