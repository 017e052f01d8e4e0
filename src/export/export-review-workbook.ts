import { basename, extname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { sendTransfers } from '../route/send-transfers.js';
import { STATUS_LABEL, type TransferStatus } from '../route/transfer-lifecycle.js';
import { exec, queryRows, withTransaction } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { asOfDate } from './as-of-date.js';
import { collectPersonalData } from './collect-personal-data.js';
import { AGENCY_LABEL, MECHANISM_LABEL } from './export-labels.js';
import { loadMaskingPolicy, type Agency, type MaskingPolicy } from './load-masking-policy.js';
import { nextExportId } from './next-export-id.js';
import { reviewNotes } from './review-notes.js';
import { reviewQueueSql, type ReviewQueueRow } from './review-queue-sql.js';
import { writeAtomically } from './write-atomically.js';
import { writeReviewWorkbook, type ReviewSheetRow } from './write-review-workbook.js';

export interface ExportReviewOptions {
  readonly agency: Agency;
  readonly out: string;
  readonly asOf?: string;
  readonly password?: string;
  readonly policy?: MaskingPolicy;
}

export interface ReviewExportSummary {
  readonly exportId: string;
  readonly agency: Agency;
  readonly asOf: string;
  readonly file: string;
  readonly rows: number;
  /** The pending transfers this export sent: the workbook is their transfer. */
  readonly sent: readonly string[];
  /** Pending transfers the export could not send, with the reason (they stay pending). */
  readonly notSent: readonly { readonly transferId: string; readonly reason: string }[];
  readonly policy: string;
}

/**
 * Writes an agency's review workbook (待办移送审核表): the transfers waiting on it, joint ones
 * included. Pending transfers addressed to it are sent first, through the lifecycle, by
 * 'review export': the workbook is the transfer. The rows written are recorded in the store so
 * an import can tell edited locked cells and stale rows.
 * @example await exportReviewWorkbook(conn, { agency: 'econ', out: 'out/区经委审核表.xlsx', asOf: '2026-04-20' }) //=> { exportId: 'RV-2026-000001', rows: 360, … }
 */
export async function exportReviewWorkbook(conn: DuckDBConnection, options: ExportReviewOptions): Promise<ReviewExportSummary> {
  const asOf = asOfDate(options.asOf);
  if (extname(options.out).toLowerCase() !== '.xlsx') {
    throw new PipelineError('USAGE', `审核表须保存为 .xlsx 文件：${options.out}`, { out: options.out });
  }
  const policy = options.policy ?? loadMaskingPolicy();
  const { agency } = options;
  const exportId = await nextExportId(conn, 'review_exports', 'RV', asOf.slice(0, 4));
  const pending = (await queryRows<ReviewQueueRow>(conn, reviewQueueSql(agency, 'pending', asOf))).map((t) => t.transfer_id);
  const sent = await sendTransfers(conn, pending, { by: 'review export', on: asOf, note: `随审核表 ${exportId} 移送${AGENCY_LABEL[agency]}` });
  const moved = new Set(sent);
  // A transfer another export (or a person) moved meanwhile stays as it is, and is said so.
  const notSent = pending.filter((id) => !moved.has(id)).map((transferId) => ({ transferId, reason: '导出时已不是待移送状态' }));
  const queue = await queryRows<ReviewQueueRow>(conn, reviewQueueSql(agency, 'open', asOf));
  const personal = await collectPersonalData(conn, policy, 'review', agency, new Set(queue.map((t) => t.case_id)));
  const rows = queue.map((t): ReviewSheetRow => {
    const p = personal.get(t.case_id);
    return {
      transfer_id: t.transfer_id, case_id: t.case_id, mechanism: MECHANISM_LABEL[t.mechanism] ?? t.mechanism,
      from_agency: AGENCY_LABEL[t.from_agency] ?? t.from_agency, rule_id: t.rule_id, reason: t.reason,
      party: t.debtor_name ?? t.employer_name, creditor: t.creditor_name,
      // Integer fen in the store; yuan only here, for display.
      amount: t.amount_owed_fen === null ? null : Number(t.amount_owed_fen) / 100,
      workers: t.workers, created_on: t.created_on, due_on: t.due_on, status: STATUS_LABEL[t.status as TransferStatus] ?? t.status,
      names: p?.names || null, phones: p?.phones || null, id_numbers: p?.idNumbers || null, texts: p?.texts || null,
      action: null, outcome: null, cleared: null, note: null, handler: null, handled_on: null,
      hidden_id: t.transfer_id, hidden_version: t.version,
    };
  });
  const label = AGENCY_LABEL[agency]!;
  const file = resolve(options.out);
  // Sent before the file is written: if writing fails, nothing is lost, since a sent transfer is in
  // every later export of this agency until it is closed or returned. Run the export again.
  await writeAtomically(file, async (tmp) => {
    const written = await writeReviewWorkbook({
      path: tmp,
      title: `${label}待办移送审核表（${asOf}，导出编号 ${exportId}）：本表即为移送文书——${sent.length} 件待移送的案件已随本表移送${label}，` +
        `连同此前已移送、尚未办结的共 ${rows.length} 件。请在黄色列填写办理情况，保存后交回导入。个人信息已按《${policy.title}》处理。`,
      notes: reviewNotes({ agency, asOf, exportId, sent: sent.length, rows: rows.length, policy }),
      meta: { 导出编号: exportId, 部门: agency, 导出日期: asOf, 脱敏规则: policy.title },
      rows,
      password: options.password,
    });
    await withTransaction(conn, async () => {
      await exec(conn, {
        sql: 'INSERT INTO review_exports (export_id, agency, as_of, file_name, rows, sent, policy) VALUES (?, ?, ?, ?, ?, ?, ?)',
        params: [exportId, agency, asOf, basename(file), rows.length, sent.length, policy.title],
      });
      const appender = await openTableAppender(conn, 'review_export_rows');
      try {
        queue.forEach((t, i) => appender.append({
          export_id: exportId, transfer_id: t.transfer_id, sheet_row: written[i]!.sheetRow, version: t.version,
          status: t.status, locked_cells: JSON.stringify(written[i]!.lockedCells),
        }));
      } finally {
        appender.close();
      }
    });
  });
  return { exportId, agency, asOf, file, rows: rows.length, sent, notSent, policy: policy.title };
}
