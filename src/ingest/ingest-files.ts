import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { PipelineError } from '../pipeline-error.js';
import { exec, queryOne } from '../store/sql.js';
import type { AppenderColumns } from '../store/table-appender.js';
import { loadCsvSetBased } from './load-csv-set-based.js';
import { hashFile } from './hash-file.js';
import { loadEvents, loadParsedFile, type LoadCounts } from './load-parsed-file.js';
import { ParsePool, ParseThreadDied, type ParseJob } from './parse-pool.js';
import type { ReadOptions } from './raw-row.js';
import { pickReader } from './read-file.js';

export interface IngestOptions {
  readonly source?: SourceKind;
  readonly period?: string;
  readonly encoding?: ReadOptions['encoding'];
  /** Load again even when the same content was loaded before. */
  readonly force?: boolean;
  readonly onFile?: (outcome: FileOutcome, index: number, total: number) => void;
  /**
   * Threads parsing workbooks while this one writes (config `ingest.concurrency`); default: the
   * machine's cores. 1 parses everything in this thread.
   */
  readonly concurrency?: number;
  /**
   * Each parse thread's heap in MB (default: V8's). A file whose parse outgrows its thread's heap
   * is parsed again in this thread, so nothing is lost.
   */
  readonly parseThreadHeapMb?: number;
  /** Below this many bytes of workbooks to parse, threads are not worth starting (default 4 MiB). */
  readonly workerMinBytes?: number;
  /** Let DuckDB parse CSV files and validate distinct values (default true); false reads them row by row. */
  readonly setBasedCsv?: boolean;
  /** CSV files smaller than this are read row by row, which is quicker for them (default 256 KiB). */
  readonly setBasedMinBytes?: number;
  /** Told when a CSV file meant for set-based loading was read row by row after all, and why. */
  readonly onSetBasedFallback?: (file: string, reason: string) => void;
}

/** One file's outcome: ok (loaded), skipped (same content already loaded) or failed (why). */
export type FileOutcome =
  | ({ readonly status: 'ok'; readonly file: string; readonly fileId: number; readonly supersedes: readonly string[] } & LoadCounts)
  | { readonly status: 'skipped'; readonly file: string; readonly reason: string }
  | { readonly status: 'failed'; readonly file: string; readonly reason: string };

const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/**
 * DuckDB settings while files land. By default DuckDB keeps five full row groups (600k rows) of a
 * transaction in memory before writing them to the file; one is enough to keep appends streaming.
 * And by default it checkpoints whenever its write-ahead log passes 16 MB, at the commit of
 * whichever file crossed it: each time it rewrites the tables' last, partly filled row groups, so
 * a sweep of 14 workbooks spent 3 of its 17 seconds in commits. The files are checkpointed once,
 * after the last (CHECKPOINT below), which took 0.7 s for the same sweep.
 */
const LANDING_SETTINGS: Readonly<Record<string, string>> = { write_buffer_row_group_count: '1', checkpoint_threshold: '256MB' };

/**
 * Ingests files into the store in the order given, each in its own transaction. CSV files are
 * parsed by DuckDB and validated value by value (see loadCsvSetBased); workbooks and JSON are
 * parsed on worker threads, up to `concurrency` at once, while this thread writes the files one
 * after another. A failed file is recorded as failed and the rest go on; the caller turns any
 * failure into exit code 1.
 */
export async function ingestFiles(conn: DuckDBConnection, files: readonly string[], options: IngestOptions = {}): Promise<FileOutcome[]> {
  const setBased = options.setBasedCsv !== false;
  const readers = await Promise.all(files.map((f) => pickReader(f).catch(() => undefined)));
  // CSV goes set-based in this thread; a file pickReader refuses fails the same way in either path.
  const byRow = files.map((_, i) => readers[i] !== undefined && !(setBased && readers[i] === 'csv'));
  const pool = startPool(files, byRow, options);
  const jobs = files.map((path, i) => (pool && byRow[i] ? pool.submit(resolve(path), jobOptions(options)) : undefined));
  const outcomes: FileOutcome[] = [];
  const appenderColumns: AppenderColumns = new Map();
  const restore = await applySettings(conn, LANDING_SETTINGS);
  try {
    for (const [i, path] of files.entries()) {
      const outcome = await ingestOne(conn, path, options, jobs[i], appenderColumns);
      outcomes.push(outcome);
      options.onFile?.(outcome, i, files.length);
    }
  } finally {
    for (const job of jobs) job?.cancel();
    await pool?.close();
    await restore();
  }
  await exec(conn, 'CHECKPOINT');
  return outcomes;
}

/** Sets DuckDB settings (names are this module's constants) and returns how to put them back. */
async function applySettings(conn: DuckDBConnection, settings: Readonly<Record<string, string>>): Promise<() => Promise<void>> {
  const before: [string, string][] = [];
  for (const [name, value] of Object.entries(settings)) {
    const was = await queryOne<{ v: string }>(conn, { sql: 'SELECT current_setting(?)::VARCHAR AS v', params: [name] });
    if (was) before.push([name, was.v]);
    await exec(conn, { sql: `SET ${name} = ?`, params: [value] });
  }
  return async () => {
    for (const [name, value] of before) await exec(conn, { sql: `SET ${name} = ?`, params: [value] }).catch(() => undefined);
  };
}

function startPool(files: readonly string[], byRow: readonly boolean[], options: IngestOptions): ParsePool | undefined {
  const threads = Math.min(options.concurrency ?? availableParallelism(), byRow.filter(Boolean).length);
  if (threads < 1 || (options.concurrency ?? 2) <= 1) return undefined;
  const bytes = files.reduce((sum, f, i) => sum + (byRow[i] ? sizeOf(f) : 0), 0);
  return bytes >= (options.workerMinBytes ?? WORKER_MIN_BYTES) ? new ParsePool(threads, options.parseThreadHeapMb) : undefined;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function jobOptions(options: IngestOptions) {
  return { source: options.source, period: options.period, encoding: options.encoding };
}

async function ingestOne(conn: DuckDBConnection, path: string, options: IngestOptions, job: ParseJob | undefined, appenderColumns: AppenderColumns): Promise<FileOutcome> {
  const file = basename(path);
  let sha256: string;
  try {
    sha256 = await (job ? job.sha256 : hashFile(path)).catch((err: unknown) => {
      if (!(err instanceof ParseThreadDied)) throw err;
      job = undefined; // its thread stopped before hashing: do both here
      return hashFile(path);
    });
  } catch (err) {
    return { status: 'failed', file, reason: `无法读取文件：${(err as Error).message}` };
  }
  const seen = await queryOne<{ file_id: number; file_name: string; status: string; ingested_at: Date }>(conn, {
    sql: 'SELECT file_id, file_name, status, ingested_at FROM files WHERE sha256 = ?',
    params: [sha256],
  });
  if (seen && seen.status !== 'failed' && !options.force) {
    job?.cancel();
    return { status: 'skipped', file, reason: `内容与已导入的 ${seen.file_name}（编号 ${seen.file_id}）相同，未重复导入；如需重新导入请加 --force` };
  }
  const load = { ...jobOptions(options), path: resolve(path), sha256, replaceFileId: seen?.file_id, appenderColumns };
  try {
    let loaded: LoadCounts | null = null;
    if (job) {
      // A thread that stops mid-file (out of memory) leaves nothing: the file's transaction rolled
      // back, and it is parsed again here.
      loaded = await loadEvents(conn, load, job.events()).catch((err: unknown) => {
        if (err instanceof ParseThreadDied) return null;
        throw err;
      });
    } else if (options.setBasedCsv !== false) {
      loaded = await loadCsvSetBased(conn, { ...load, minBytes: options.setBasedMinBytes, onFallback: (reason) => options.onSetBasedFallback?.(file, reason) });
    }
    loaded ??= await loadParsedFile(conn, load);
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
