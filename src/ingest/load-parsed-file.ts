import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { exec, queryOne, queryRows, quoteIdent, withTransaction } from '../store/sql.js';
import { openTableAppender, type TableAppender } from '../store/table-appender.js';
import { parseFile, type FileFacts, type ParseFileOptions } from './parse-file.js';

/** The accounting line of one loaded file: read = accepted + rejected + skipped. */
export interface LoadCounts {
  readonly fileId: number;
  readonly source: SourceKind;
  readonly period: string | null;
  readonly reportingUnit: string | null;
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly skippedByKind: Readonly<Record<string, number>>;
  readonly supersedes: readonly string[];
}

export interface LoadOptions extends Omit<ParseFileOptions, 'fileId' | 'sha256'> {
  readonly path: string;
  readonly sha256: string;
  /** A previous load of the same content to replace (`--force`, or a retry after failure). */
  readonly replaceFileId?: number;
}

const STG_TABLE: Record<SourceKind, string> = { survey: 'stg_survey', complaint: 'stg_complaint', wage_lead: 'stg_wage_lead', work_order: 'stg_work_order' };

/**
 * Parses one file and lands it in one transaction: the files row, every raw row, the rejects and
 * the stg records, then marks earlier files from the same unit and period as superseded.
 * A failure anywhere rolls the whole file back.
 */
export async function loadParsedFile(conn: DuckDBConnection, options: LoadOptions): Promise<LoadCounts> {
  return withTransaction(conn, async () => {
    if (options.replaceFileId !== undefined) await deleteFile(conn, options.replaceFileId);
    const fileId = Number((await queryOne<{ id: bigint }>(conn, "SELECT nextval('files_seq') AS id"))!.id);
    await exec(conn, {
      sql: "INSERT INTO files (file_id, sha256, file_name, path, status) VALUES (?, ?, ?, ?, 'loading')",
      params: [fileId, options.sha256, basename(options.path), options.path],
    });
    const appenders = new Map<string, TableAppender>();
    const appender = async (table: string) => {
      let a = appenders.get(table);
      if (!a) appenders.set(table, (a = await openTableAppender(conn, table)));
      return a;
    };
    const counts = { read: 0, accepted: 0, rejected: 0, skipped: 0 };
    const skippedByKind: Record<string, number> = {};
    let facts: FileFacts | undefined;
    try {
      for await (const ev of parseFile(options.path, { ...options, fileId })) {
        if (ev.kind === 'facts') {
          facts = ev.facts;
          continue;
        }
        const raw = await appender('raw_rows');
        for (const r of ev.results) {
          counts.read++;
          const skipKind = r.disposition === 'skipped' ? r.kind : null;
          raw.append({ file_id: fileId, sheet: r.row.sheet, row_number: r.rowNumber, disposition: r.disposition, skip_kind: skipKind, cells: JSON.stringify(r.row.cells) });
          if (r.disposition === 'skipped') {
            counts.skipped++;
            skippedByKind[r.kind] = (skippedByKind[r.kind] ?? 0) + 1;
          } else if (r.disposition === 'rejected') {
            counts.rejected++;
            const rej = await appender('rejects');
            for (const x of r.rejects) rej.append({ file_id: fileId, sheet: r.row.sheet, row_number: r.rowNumber, ...x });
          } else {
            counts.accepted++;
            (await appender(STG_TABLE[ev.source!])).append(r.record);
          }
        }
      }
    } finally {
      for (const a of appenders.values()) a.close();
    }
    const f = facts!;
    await exec(conn, {
      sql: `UPDATE files SET status = 'loaded', source = ?, period = ?, reporting_unit = ?, rows_read = ?, accepted = ?,
              rejected = ?, skipped = ?, skipped_by_kind = ? WHERE file_id = ?`,
      params: [f.source, f.period, f.reportingUnit, counts.read, counts.accepted, counts.rejected, counts.skipped, JSON.stringify(skippedByKind), fileId],
    });
    const supersedes = await supersedeEarlier(conn, fileId, f);
    return { fileId, ...f, ...counts, skippedByKind, supersedes };
  });
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
