import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows, withTransaction } from '../store/sql.js';
import { nextStatus } from './transfer-lifecycle.js';

export interface SendOptions {
  readonly by: string;
  readonly on: string;
  readonly note: string;
}

/**
 * Sends many pending transfers at once (an export is their transfer): one UPDATE and one INSERT of
 * events per 500, in one transaction, instead of a transaction per transfer. Only transfers still
 * pending move; the ids that did are returned.
 * @example await sendTransfers(conn, ['TR-2026-000001'], { by: 'review export', on: '2026-04-25', note: '随审核表移送' }) //=> ['TR-2026-000001']
 */
export async function sendTransfers(conn: DuckDBConnection, ids: readonly string[], options: SendOptions): Promise<string[]> {
  const step = nextStatus('pending', 'send');
  if (!step.ok || ids.length === 0) return [];
  return withTransaction(conn, async () => {
    const sent: string[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const marks = chunk.map(() => '?').join(', ');
      const moved = await queryRows<{ transfer_id: string }>(conn, {
        sql: `UPDATE transfers SET status = ?, version = version + 1, updated_at = current_timestamp
              WHERE status = 'pending' AND transfer_id IN (${marks}) RETURNING transfer_id`,
        params: [step.value, ...chunk],
      });
      if (moved.length === 0) continue;
      await exec(conn, {
        sql: `INSERT INTO transfer_events (transfer_id, action, from_status, to_status, on_date, by_whom, note)
              VALUES ${moved.map(() => "(?, 'send', 'pending', ?, ?, ?, ?)").join(', ')}`,
        params: moved.flatMap((m) => [m.transfer_id, step.value, options.on, options.by, options.note]),
      });
      sent.push(...moved.map((m) => m.transfer_id));
    }
    return sent;
  });
}
