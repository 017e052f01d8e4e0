import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows, withTransaction } from '../store/sql.js';
import { nextStatus } from './transfer-lifecycle.js';

export interface SendOptions {
  readonly by: string;
  readonly on: string;
  readonly note: string;
}

/**
 * Sends many pending transfers at once (an export is their transfer): one UPDATE over the id list
 * and one INSERT of their events, in one transaction, instead of a transaction per transfer. Only
 * transfers still pending move; the ids that did are returned.
 * @example await sendTransfers(conn, ['TR-2026-000001'], { by: 'review export', on: '2026-04-25', note: '随审核表移送' }) //=> ['TR-2026-000001']
 */
export async function sendTransfers(conn: DuckDBConnection, ids: readonly string[], options: SendOptions): Promise<string[]> {
  const step = nextStatus('pending', 'send');
  if (!step.ok || ids.length === 0) return [];
  return withTransaction(conn, async () => {
    const moved = await queryRows<{ transfer_id: string }>(conn, {
      sql: `UPDATE transfers SET status = ?, version = version + 1, updated_at = current_timestamp
            WHERE status = 'pending' AND transfer_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) RETURNING transfer_id`,
      params: [step.value, listValue([...ids])],
    });
    // Events in the order asked, whatever order the UPDATE returned them in.
    const movedIds = new Set(moved.map((m) => m.transfer_id));
    const sent = ids.filter((id) => movedIds.has(id));
    if (sent.length > 0) {
      await exec(conn, {
        sql: `INSERT INTO transfer_events (transfer_id, action, from_status, to_status, on_date, by_whom, note)
              SELECT unnest(CAST(? AS VARCHAR[])), 'send', 'pending', ?, ?, ?, ?`,
        params: [listValue(sent), step.value, options.on, options.by, options.note],
      });
    }
    return sent;
  });
}
