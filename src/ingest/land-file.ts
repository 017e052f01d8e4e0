import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { PipelineError } from '../pipeline-error.js';
import { exec, queryOne, queryRows, quoteIdent, withTransaction } from '../store/sql.js';
import type { AppenderColumns } from '../store/table-appender.js';
import { SKIP_LABEL } from './classify-row.js';
import type { FileFacts } from './parse-file.js';

/** How a file's rows were accounted for: read = accepted + rejected + skipped. */
export interface RowCounts {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly skippedByKind: Readonly<Record<string, number>>;
}

/** The accounting line of one loaded file. */
export interface LoadCounts extends RowCounts {
  readonly fileId: number;
  readonly source: SourceKind;
  readonly period: string | null;
  readonly reportingUnit: string | null;
  readonly supersedes: readonly string[];
}

export interface LandFileOptions {
  readonly path: string;
  readonly sha256: string;
  /** A previous load of the same content to replace (`--force`, or a retry after failure). */
  readonly replaceFileId?: number;
  /** Column lists of the tables written, kept across the files of one ingest run. */
  readonly appenderColumns?: AppenderColumns;
}

export const STG_TABLE: Readonly<Record<SourceKind, string>> = { survey: 'stg_survey', complaint: 'stg_complaint', wage_lead: 'stg_wage_lead', work_order: 'stg_work_order' };

/**
 * Lands one file in one transaction: the files row, whatever `fill` writes for the file id it is
 * given (raw rows, rejects, stg records), the file's counts, and the superseding of earlier files
 * from the same unit and period. A failure anywhere rolls the whole file back.
 */
export async function landFile(
  conn: DuckDBConnection,
  options: LandFileOptions,
  fill: (fileId: number) => Promise<{ readonly facts: FileFacts; readonly counts: RowCounts }>,
): Promise<LoadCounts> {
  return withTransaction(conn, async () => {
    if (options.replaceFileId !== undefined) await deleteFile(conn, options.replaceFileId);
    await refuseRecordIdClash(conn, options);
    const fileId = Number((await queryOne<{ id: bigint }>(conn, "SELECT nextval('files_seq') AS id"))!.id);
    await exec(conn, {
      sql: "INSERT INTO files (file_id, sha256, file_name, path, status) VALUES (?, ?, ?, ?, 'loading')",
      params: [fileId, options.sha256, basename(options.path), options.path],
    });
    const filled = await fill(fileId);
    const f = filled.facts;
    const counts = { ...filled.counts, skippedByKind: inKindOrder(filled.counts.skippedByKind) };
    await exec(conn, {
      sql: `UPDATE files SET status = 'loaded', source = ?, period = ?, reporting_unit = ?, rows_read = ?, accepted = ?,
              rejected = ?, skipped = ?, skipped_by_kind = ? WHERE file_id = ?`,
      params: [f.source, f.period, f.reportingUnit, counts.read, counts.accepted, counts.rejected, counts.skipped, JSON.stringify(counts.skippedByKind), fileId],
    });
    const supersedes = await supersedeEarlier(conn, fileId, f);
    return { fileId, ...f, ...counts, supersedes };
  });
}

/**
 * Skip counts keyed in SKIP_LABEL's order: rows parsed in parallel, or counted by SQL, have no
 * "first seen" order, and the stored JSON and the accounting line should not depend on it.
 */
function inKindOrder(byKind: Readonly<Record<string, number>>): Record<string, number> {
  const order = Object.keys(SKIP_LABEL);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * Record ids start with the first 12 hex digits of the file's hash (stg tables have no index to
 * catch a repeat): a different loaded file with the same 12 would give the same ids. Never seen
 * in practice (one chance in 2^48 per pair of files), but refused rather than trusted.
 */
async function refuseRecordIdClash(conn: DuckDBConnection, options: LandFileOptions): Promise<void> {
  const twin = await queryOne<{ file_name: string }>(conn, {
    sql: "SELECT file_name FROM files WHERE left(sha256, 12) = left(?, 12) AND sha256 <> ? AND status <> 'failed'",
    params: [options.sha256, options.sha256],
  });
  if (twin) {
    throw new PipelineError('ID_CLASH', `${basename(options.path)} 的内容指纹前 12 位与已导入的 ${twin.file_name} 相同，两者的记录编号会重复，未导入。请联系系统管理员处理。`, {
      file: options.path,
      other: twin.file_name,
    });
  }
}

async function supersedeEarlier(conn: DuckDBConnection, fileId: number, f: FileFacts): Promise<string[]> {
  if (!f.period || !f.reportingUnit) return [];
  const rows = await queryRows<{ file_name: string }>(conn, {
    sql: `UPDATE files SET status = 'superseded', superseded_by = ?
          WHERE status = 'loaded' AND file_id <> ? AND source = ? AND period = ? AND reporting_unit = ?
          RETURNING file_name`,
    params: [fileId, fileId, f.source, f.period, f.reportingUnit],
  });
  return rows.map((r) => r.file_name);
}

async function deleteFile(conn: DuckDBConnection, fileId: number): Promise<void> {
  for (const table of ['raw_rows', 'rejects', ...Object.values(STG_TABLE)]) {
    await exec(conn, { sql: `DELETE FROM ${quoteIdent(table)} WHERE file_id = ?`, params: [fileId] });
  }
  await exec(conn, { sql: "UPDATE files SET status = 'loaded', superseded_by = NULL WHERE superseded_by = ?", params: [fileId] });
  await exec(conn, { sql: 'DELETE FROM files WHERE file_id = ?', params: [fileId] });
}
