import { basename, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { PipelineError } from '../pipeline-error.js';
import { exec, queryOne } from '../store/sql.js';
import { hashFile } from './hash-file.js';
import { loadParsedFile, type LoadCounts } from './load-parsed-file.js';
import type { ReadOptions } from './raw-row.js';

export interface IngestOptions {
  readonly source?: SourceKind;
  readonly period?: string;
  readonly encoding?: ReadOptions['encoding'];
  /** Load again even when the same content was loaded before. */
  readonly force?: boolean;
  readonly onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

/** One file's outcome: ok (loaded), skipped (same content already loaded) or failed (why). */
export type FileOutcome =
  | ({ readonly status: 'ok'; readonly file: string; readonly fileId: number; readonly supersedes: readonly string[] } & LoadCounts)
  | { readonly status: 'skipped'; readonly file: string; readonly reason: string }
  | { readonly status: 'failed'; readonly file: string; readonly reason: string };

/**
 * Ingests files one after another into the store, each in its own transaction. A failed file is
 * recorded as failed and the rest go on; the caller turns any failure into exit code 1.
 */
export async function ingestFiles(conn: DuckDBConnection, files: readonly string[], options: IngestOptions = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [i, path] of files.entries()) {
    const outcome = await ingestOne(conn, path, options);
    outcomes.push(outcome);
    options.onFile?.(outcome, i, files.length);
  }
  return outcomes;
}

async function ingestOne(conn: DuckDBConnection, path: string, options: IngestOptions): Promise<FileOutcome> {
  const file = basename(path);
  let sha256: string;
  try {
    sha256 = await hashFile(path);
  } catch (err) {
    return { status: 'failed', file, reason: `无法读取文件：${(err as Error).message}` };
  }
  const seen = await queryOne<{ file_id: number; file_name: string; status: string; ingested_at: Date }>(conn, {
    sql: 'SELECT file_id, file_name, status, ingested_at FROM files WHERE sha256 = ?',
    params: [sha256],
  });
  if (seen && seen.status !== 'failed' && !options.force) {
    return { status: 'skipped', file, reason: `内容与已导入的 ${seen.file_name}（编号 ${seen.file_id}）相同，未重复导入；如需重新导入请加 --force` };
  }
  try {
    const loaded = await loadParsedFile(conn, { path: resolve(path), sha256, replaceFileId: seen?.file_id, ...options });
    return { status: 'ok', file, ...loaded };
  } catch (err) {
    const reason = err instanceof PipelineError ? err.message : `处理时出错：${(err as Error).message}`;
    await recordFailure(conn, path, sha256, reason);
    return { status: 'failed', file, reason };
  }
}

async function recordFailure(conn: DuckDBConnection, path: string, sha256: string, reason: string): Promise<void> {
  await exec(conn, { sql: "DELETE FROM files WHERE sha256 = ? AND status = 'failed'", params: [sha256] });
  await exec(conn, {
    sql: "INSERT INTO files (sha256, file_name, path, status, error) VALUES (?, ?, ?, 'failed', ?)",
    params: [sha256, basename(path), resolve(path), reason],
  });
}
