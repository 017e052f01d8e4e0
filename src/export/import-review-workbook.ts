import type { DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { applyTransferAction } from '../route/apply-transfer-action.js';
import type { TransferAction, TransferStatus } from '../route/transfer-lifecycle.js';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { asOfDate } from './as-of-date.js';
import { cellText } from './cell-text.js';
import { planReviewRow, type CurrentTransfer, type ExportedRow } from './plan-review-row.js';
import { readReviewWorkbook } from './read-review-workbook.js';

export interface ImportReviewOptions {
  /** Who imports: recorded on every applied row, and as 经办人 where the row names none. */
  readonly by: string;
  readonly asOf?: string;
}

/** One touched row's outcome. */
export type ReviewRowOutcome =
  | { readonly kind: 'applied'; readonly sheetRow: number; readonly transferId: string; readonly from: TransferStatus; readonly to: TransferStatus; readonly actions: readonly TransferAction[]; readonly clearedFen: number | null }
  | { readonly kind: 'unchanged'; readonly sheetRow: number; readonly transferId: string; readonly status: TransferStatus }
  | { readonly kind: 'refused'; readonly sheetRow: number; readonly transferId: string | null; readonly reason: string };

export interface ReviewImportSummary {
  readonly file: string;
  readonly exportId: string;
  readonly agency: string;
  readonly applied: number;
  readonly unchanged: number;
  readonly refused: number;
  /** Rows left blank in every editable column. */
  readonly untouched: number;
  readonly rows: readonly ReviewRowOutcome[];
}

/**
 * Applies an edited review workbook through the transfer lifecycle, row by row, each with the
 * version its hidden column carries (a row changed in the store since export is refused). Every
 * touched row gets an outcome; nothing is thrown for a bad row. Applied rows are recorded in
 * review_import_rows with 已清偿金额 in integer fen.
 * @example (await importReviewWorkbook(conn, '区经委审核表.xlsx', { by: '王芳' })).applied //=> 3
 */
export async function importReviewWorkbook(conn: DuckDBConnection, path: string, options: ImportReviewOptions): Promise<ReviewImportSummary> {
  if (!options.by?.trim()) throw new PipelineError('USAGE', '请用 --by 写明导入人姓名');
  const asOf = asOfDate(options.asOf);
  const wb = await readReviewWorkbook(path);
  const exportId = wb.meta['导出编号'] ?? '';
  const exp = await queryOne<{ agency: string }>(conn, { sql: 'SELECT agency FROM review_exports WHERE export_id = ?', params: [exportId] });
  if (!exp) throw new PipelineError('USAGE', `${wb.fileName} 的导出编号“${exportId}”不在本数据库中：它可能是从另一个数据库导出的。请用 --db 指定导出它的数据库。`, { exportId });
  const exported = new Map(
    (await queryRows<{ transfer_id: string; version: number; locked_cells: string }>(conn, {
      sql: 'SELECT transfer_id, version, locked_cells FROM review_export_rows WHERE export_id = ?', params: [exportId],
    })).map((r): [string, ExportedRow] => [r.transfer_id, { version: r.version, lockedCells: JSON.parse(r.locked_cells) }]),
  );
  const current = new Map(
    (await queryRows<{ transfer_id: string; status: TransferStatus; version: number; created_on: string }>(conn, {
      sql: `SELECT transfer_id, status, version, strftime(created_on, '%Y-%m-%d') AS created_on FROM transfers
            WHERE transfer_id IN (SELECT transfer_id FROM review_export_rows WHERE export_id = ?)`, params: [exportId],
    })).map((r): [string, CurrentTransfer] => [r.transfer_id, { status: r.status, version: r.version, createdOn: r.created_on }]),
  );

  const outcomes: ReviewRowOutcome[] = [];
  const seen = new Map<string, number>();
  let untouched = 0;
  for (const row of wb.rows) {
    const id = cellText(row.cells.hidden_id).trim();
    const refuse = (reason: string) => outcomes.push({ kind: 'refused', sheetRow: row.sheetRow, transferId: id || null, reason });
    if (!id) {
      refuse('缺少隐藏的系统编号，无法对应到移送（请勿在表中插入行）');
      continue;
    }
    const ex = exported.get(id);
    const now = current.get(id);
    if (!ex || !now) {
      const known = await queryOne(conn, { sql: 'SELECT 1 FROM transfers WHERE transfer_id = ?', params: [id] });
      refuse(known ? `移送 ${id} 不在这份审核表（${exportId}）导出的范围内` : `找不到移送编号 ${id}`);
      continue;
    }
    const plan = planReviewRow(row, ex, now, asOf);
    if (plan.kind === 'untouched') {
      untouched++;
      continue;
    }
    if (seen.has(id)) {
      refuse(`同一移送在表中出现多行（已按第 ${seen.get(id)} 行处理）`);
      continue;
    }
    seen.set(id, row.sheetRow);
    if (plan.kind === 'refused') refuse(plan.reason);
    else if (plan.kind === 'unchanged') outcomes.push({ kind: 'unchanged', sheetRow: row.sheetRow, transferId: id, status: plan.status });
    else {
      let version = plan.expectVersion;
      const done: TransferAction[] = [];
      for (const [i, action] of plan.actions.entries()) {
        const last = i === plan.actions.length - 1;
        const r = await applyTransferAction(conn, id, action, {
          by: plan.handler ?? options.by, on: plan.on, expectVersion: version,
          note: last ? plan.note : `随审核表 ${exportId} 导入`, outcome: last && action === 'close' ? plan.outcome : null,
        });
        if (!r.ok) {
          refuse(done.length > 0 ? `已完成 ${done.join('、')}，其后未完成：${r.reason}` : r.reason);
          break;
        }
        done.push(action);
        version = r.version;
        current.set(id, { ...now, status: r.to, version: r.version });
      }
      if (done.length < plan.actions.length) continue;
      await exec(conn, {
        sql: `INSERT INTO review_import_rows (export_id, transfer_id, file_name, file_sha256, sheet_row, from_status, to_status, actions,
                outcome, cleared_fen, note, handler, handled_on, imported_by, version_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        params: [exportId, id, wb.fileName, wb.sha256, row.sheetRow, plan.from, plan.to, done.join(','), plan.outcome,
          plan.clearedFen === null ? null : BigInt(plan.clearedFen), plan.note, plan.handler, plan.on, options.by, version],
      });
      outcomes.push({ kind: 'applied', sheetRow: row.sheetRow, transferId: id, from: plan.from, to: plan.to, actions: done, clearedFen: plan.clearedFen });
    }
  }
  const count = (k: ReviewRowOutcome['kind']) => outcomes.filter((o) => o.kind === k).length;
  return { file: wb.fileName, exportId, agency: exp.agency, applied: count('applied'), unchanged: count('unchanged'), refused: count('refused'), untouched, rows: outcomes };
}
