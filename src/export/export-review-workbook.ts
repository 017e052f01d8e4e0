import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { basename, extname, resolve } from 'node:path';
import { PipelineError } from '../pipeline-error.js';
import { sendTransfers } from '../route/send-transfers.js';
import { STATUS_LABEL, type TransferStatus } from '../route/transfer-lifecycle.js';
import { exec, quoteIdent, withTransaction } from '../store/sql.js';
import { serialQueue } from '../store/serial-queue.js';
import type { ExportBatch } from './export-batch.js';
import { asOfDate } from './as-of-date.js';
import { maskCasePersonalData, type CasePersonalData, type PersonalValue } from './mask-case-personal-data.js';
import { pagedWithPersonal } from './personal-data-sql.js';
import { AGENCY_LABEL, MECHANISM_LABEL } from './export-labels.js';
import { loadMaskingPolicy, type Agency, type MaskingPolicy } from './load-masking-policy.js';
import { nextExportId } from './next-export-id.js';
import { reviewNotes } from './review-notes.js';
import { REVIEW_ORDER, reviewQueueSql, type ReviewQueueRow } from './review-queue-sql.js';
import { writeAtomically } from './write-atomically.js';
import { PAGE_ROWS, startWorkbookThread } from './write-workbook-on-worker.js';
import { FIRST_DATA_ROW, lockedCellsOf, type ReviewSheetRow } from './write-review-workbook.js';

export interface ExportReviewOptions {
  readonly agency: Agency;
  readonly out: string;
  readonly asOf?: string;
  readonly password?: string;
  readonly policy?: MaskingPolicy;
  /** Exports running side by side on the connection (see exportBatch). */
  readonly batch?: ExportBatch;
}

export interface ReviewExportSummary {
  readonly exportId: string;
  readonly agency: Agency;
  readonly asOf: string;
  readonly file: string;
  readonly rows: number;
  /** The pending transfers this export sent: the workbook is their transfer. */
  readonly sent: readonly string[];
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
  const lock = options.batch?.lock ?? serialQueue(); // alone: its own queue
  const label = AGENCY_LABEL[agency]!;
  const file = resolve(options.out);
  const thread = startWorkbookThread(); // loads exceljs while the queries below run
  const { exportId, sent, queue } = await lock(async () => {
    const exportId = await nextExportId(conn, 'review_exports', 'RV', asOf.slice(0, 4), options.batch?.claimed);
    const pending = reviewQueueSql(agency, 'pending', asOf);
    const sent = await sendTransfers(conn, { sql: `SELECT transfer_id FROM (${pending.sql})`, params: pending.params },
      { by: 'review export', on: asOf, note: `随审核表 ${exportId} 移送${label}` });
    // The rows with each case's personal values (in clear until masked below), read a page at a time.
    const queue = await pagedWithPersonal(conn, reviewQueueSql(agency, 'open', asOf), REVIEW_ORDER);
    return { exportId, sent, queue };
  }).catch((err: unknown) => {
    thread.abort();
    throw err;
  });
  try {
    // Sent before the file is written: if writing fails, nothing is lost, since a sent transfer is in
    // every later export of this agency until it is closed or returned. Run the export again.
    await writeAtomically(file, async (tmp) => {
      const writer = thread.open('review', {
        path: tmp,
        title: `${label}待办移送审核表（${asOf}，导出编号 ${exportId}）：本表即为移送文书——${sent.length} 件待移送的案件已随本表移送${label}，` +
          `连同此前已移送、尚未办结的共 ${queue.rows} 件。请在黄色列填写办理情况，保存后交回导入。个人信息已按《${policy.title}》处理。`,
        notes: reviewNotes({ agency, asOf, exportId, sent: sent.length, rows: queue.rows, policy }),
        meta: { 导出编号: exportId, 部门: agency, 导出日期: asOf, 脱敏规则: policy.title },
        password: options.password,
      }, queue.rows);
      // Pages go to the writer thread as they are read; what an import compares each row against
      // (its locked cells) goes beside the page in the store, until the export is recorded.
      const locked = quoteIdent(`${queue.table}_locked`);
      try {
        await lock(() => exec(conn, `CREATE TEMP TABLE ${locked} (_n BIGINT, locked_cells VARCHAR)`));
        for (let from = 0; from < queue.rows; from += PAGE_ROWS) {
          const page = await lock(() => queue.page<QueuedRow>(from, from + PAGE_ROWS));
          const rows = page.map((t) => sheetRow(t, maskCasePersonalData(t.personal ?? [], policy, 'review', agency)));
          await writer.add(rows);
          await lock(() => exec(conn, {
            sql: `INSERT INTO ${locked} SELECT unnest(CAST(? AS BIGINT[])), unnest(CAST(? AS VARCHAR[]))`,
            params: [listValue(page.map((t) => t._n)), listValue(rows.map((r) => JSON.stringify(lockedCellsOf(r))))],
          }));
        }
        await writer.close();
      } catch (err) {
        thread.abort(); // before the half-written file is removed
        throw err;
      }
      await lock(() => withTransaction(conn, async () => {
        await exec(conn, {
          sql: 'INSERT INTO review_exports (export_id, agency, as_of, file_name, rows, sent, policy) VALUES (?, ?, ?, ?, ?, ?, ?)',
          params: [exportId, agency, asOf, basename(file), queue.rows, sent.length, policy.title],
        });
        await exec(conn, {
          sql: `INSERT INTO review_export_rows (export_id, transfer_id, sheet_row, version, status, locked_cells)
                SELECT ?, q.transfer_id, ? + q._n, q.version, q.status, l.locked_cells
                FROM ${quoteIdent(queue.table)} q JOIN ${locked} l USING (_n) ORDER BY q._n`,
          params: [exportId, FIRST_DATA_ROW],
        });
        await exec(conn, `DROP TABLE ${locked}`);
      }));
    });
  } finally {
    thread.abort(); // a no-op once the file is complete; else the thread must not outlive the export
    await lock(() => queue.drop());
  }
  return { exportId, agency, asOf, file, rows: queue.rows, sent, policy: policy.title };
}

/** A queued transfer as read, with its case's personal values in clear. */
type QueuedRow = ReviewQueueRow & { readonly _n: number; readonly personal: readonly PersonalValue[] | null };

/** A day as the workbook's date cells hold it (exceljs writes dates as UTC). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);


/** A transfer as a review sheet row; money stays integer fen in the store and becomes yuan only here. */
function sheetRow(t: ReviewQueueRow, p: CasePersonalData): ReviewSheetRow {
  return {
    transfer_id: t.transfer_id, case_id: t.case_id, mechanism: MECHANISM_LABEL[t.mechanism] ?? t.mechanism,
    from_agency: AGENCY_LABEL[t.from_agency] ?? t.from_agency, rule_id: t.rule_id, reason: t.reason,
    party: t.debtor_name ?? t.employer_name, creditor: t.creditor_name,
    amount: t.amount_owed_fen === null ? null : Number(t.amount_owed_fen) / 100,
    workers: t.workers, created_on: day(t.created_on), due_on: t.due_on === null ? null : day(t.due_on), status: STATUS_LABEL[t.status as TransferStatus] ?? t.status,
    names: p.names || null, phones: p.phones || null, id_numbers: p.idNumbers || null, texts: p.texts || null,
    action: null, outcome: null, cleared: null, note: null, handler: null, handled_on: null,
    hidden_id: t.transfer_id, hidden_version: t.version,
  };
}
