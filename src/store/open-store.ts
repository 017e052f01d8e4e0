import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { migrate, type MigrationResult } from './migrate.js';

/** Where the database lives unless `--db` or `ARREARS_DB` says otherwise. */
export const DEFAULT_DB_PATH = 'data/arrears.duckdb';

export interface OpenStoreOptions {
  /** File path, or ':memory:' for tests. Defaults to ARREARS_DB, then data/arrears.duckdb. */
  readonly path?: string;
  readonly readOnly?: boolean;
  /** Apply pending migrations on open (default true for writers). */
  readonly migrate?: boolean;
}

/** An open store: one DuckDB instance and one connection, closed together. */
export interface Store {
  readonly path: string;
  readonly conn: DuckDBConnection;
  readonly migrations: readonly MigrationResult[];
  close(): void;
}

/** Resolves the database path the way every command does: flag, then ARREARS_DB, then the default. */
export function resolveDbPath(flag?: string): string {
  return flag || process.env.ARREARS_DB || DEFAULT_DB_PATH;
}

// Extensions that are not bundled cannot be downloaded here: a stray call must fail at once.
const INSTANCE_OPTIONS: Record<string, string> = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
};

/**
 * How much memory DuckDB may hold before it spills to `<db>.tmp/`: ARREARS_DUCKDB_MEMORY (DuckDB's
 * own syntax, e.g. '8GB'), else 2 GB. DuckDB's default is 80 % of the machine, which a city-scale
 * join once took (18 GB) while other work shared the server. A city-scale sweep (1M rows) took
 * 254 s at 2 GB, peaking at 3.35 GB for the whole process (exports' threads included); at 2.5 GB
 * it took as long and peaked at 3.56–4.12 GB, at 3 GB 252 s and 3.90–4.07 GB.
 */
export const DEFAULT_DUCKDB_MEMORY = '2GB';

/**
 * Opens (creating if needed) the DuckDB store and applies migrations.
 * A second writer on the same file gets a `DB_LOCKED` error that names the holder.
 * @example const store = await openStore({ path: ':memory:' }); store.close();
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const path = options.path ?? resolveDbPath();
  if (path !== ':memory:') ensureParentDir(path);
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {
      ...INSTANCE_OPTIONS,
      memory_limit: process.env.ARREARS_DUCKDB_MEMORY || DEFAULT_DUCKDB_MEMORY,
      ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
    });
  } catch (err) {
    throw translateOpenError(path, err);
  }
  const conn = await instance.connect();
  let migrations: MigrationResult[] = [];
  try {
    if (!options.readOnly && options.migrate !== false) migrations = await migrate(conn);
  } catch (err) {
    conn.closeSync();
    instance.closeSync();
    throw err;
  }
  return {
    path,
    conn,
    migrations,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

function ensureParentDir(path: string): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
  } catch (err) {
    throw new PipelineError(
      'DB_OPEN_FAILED',
      `无法创建数据库所在的文件夹：${dirname(resolve(path))}（${(err as Error).message}）。请用 --db 指定一个可写的位置。`,
      { path },
    );
  }
}

function translateOpenError(path: string, err: unknown): PipelineError {
  const message = err instanceof Error ? err.message : String(err);
  const lock = /Conflicting lock is held in (.*?) \(PID (\d+)\)/.exec(message);
  if (lock || message.includes('Could not set lock')) {
    const pid = lock?.[2] ?? '未知';
    return new PipelineError(
      'DB_LOCKED',
      `数据库 ${path} 正被另一个进程使用（${lock?.[1] ?? ''} PID ${pid}）。` +
        `请等它运行结束后再试；若该进程已无响应，先结束它（kill ${pid}）。`,
      { path, pid, cause: message },
    );
  }
  return new PipelineError(
    'DB_OPEN_FAILED',
    `无法打开数据库 ${path}：${message}。请检查路径是否正确、文件是否为 DuckDB 数据库，或用 --db 指定其他位置。`,
    { path, cause: message },
  );
}
