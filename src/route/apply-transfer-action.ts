import type { DuckDBConnection } from '@duckdb/node-api';
import { shanghaiDay } from '../normalize/shanghai-day.js';
import { PipelineError } from '../pipeline-error.js';
import { exec, queryOne, withTransaction } from '../store/sql.js';
import { nextStatus, type TransferAction, type TransferStatus } from './transfer-lifecycle.js';

export interface TransferActionInput {
  readonly by?: string | null;
  readonly note?: string | null;
  readonly outcome?: string | null;
  /** The day the action counts for ('YYYY-MM-DD'); today in Asia/Shanghai by default. */
  readonly on?: string;
  /** When given, the transfer must still be at this version (a review workbook row edited elsewhere is refused). */
  readonly expectVersion?: number;
}

export type ActionResult =
  | { readonly ok: true; readonly transferId: string; readonly from: TransferStatus; readonly to: TransferStatus; readonly version: number }
  | { readonly ok: false; readonly transferId: string; readonly reason: string };

/** Today's date in Asia/Shanghai, the district's calendar. @example todayInShanghai() //=> '2026-11-26' */
export function todayInShanghai(): string {
  return shanghaiDay(new Date());
}

/**
 * Moves a transfer one step through its lifecycle and appends the event, in one transaction.
 * An illegal step is refused with the reason and changes nothing.
 */
export async function applyTransferAction(conn: DuckDBConnection, transferId: string, action: TransferAction, input: TransferActionInput = {}): Promise<ActionResult> {
  return withTransaction(conn, async () => {
    const t = await queryOne<{ status: TransferStatus; version: number }>(conn, { sql: 'SELECT status, version FROM transfers WHERE transfer_id = ?', params: [transferId] });
    if (!t) return { ok: false, transferId, reason: `找不到移送编号 ${transferId}` };
    if (input.expectVersion !== undefined && input.expectVersion !== t.version) {
      return { ok: false, transferId, reason: `该移送在导出后已被修改（版本 ${input.expectVersion} → ${t.version}），请重新导出后再办理` };
    }
    const to = nextStatus(t.status, action, input);
    if (!to.ok) return { ok: false, transferId, reason: to.reason };
    const on = input.on ?? todayInShanghai();
    await exec(conn, {
      sql: 'UPDATE transfers SET status = ?, outcome = coalesce(?, outcome), version = version + 1, updated_at = current_timestamp WHERE transfer_id = ?',
      params: [to.value, input.outcome ?? null, transferId],
    });
    await exec(conn, {
      sql: 'INSERT INTO transfer_events (transfer_id, action, from_status, to_status, on_date, by_whom, note, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      params: [transferId, action, t.status, to.value, on, input.by ?? null, input.note ?? null, input.outcome ?? null],
    });
    return { ok: true, transferId, from: t.status, to: to.value, version: t.version + 1 };
  });
}

/** Throws the refusal as a usage error, for the CLI. */
export function assertApplied(r: ActionResult): asserts r is Extract<ActionResult, { ok: true }> {
  if (!r.ok) throw new PipelineError('USAGE', `${r.transferId}：${r.reason}`, { transferId: r.transferId });
}
