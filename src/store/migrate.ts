import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { schemasDir } from '../schemas-dir.js';
import { exec, queryRows, withTransaction } from './sql.js';

/** One migration file's outcome on this open. */
export interface MigrationResult {
  readonly version: number;
  readonly name: string;
  readonly status: 'applied' | 'already';
}

interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** The DDL files in `schemas/store/`, named `NNN_table.sql`, in version order. */
export function listMigrations(dir = join(schemasDir(), 'store')): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 3)),
        name: file.slice(4, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex').slice(0, 16),
      };
    });
}

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own transaction.
 * An applied file whose text changed is an error: a shipped migration is never edited, only followed.
 */
export async function migrate(conn: DuckDBConnection): Promise<MigrationResult[]> {
  await exec(
    conn,
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL,
       applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)`,
  );
  const applied = new Map(
    (await queryRows<{ version: number; checksum: string }>(conn, 'SELECT version, checksum FROM schema_migrations')).map(
      (r) => [r.version, r.checksum],
    ),
  );
  const results: MigrationResult[] = [];
  for (const m of listMigrations()) {
    const seen = applied.get(m.version);
    if (seen !== undefined) {
      if (seen !== m.checksum) {
        throw new PipelineError(
          'MIGRATION_FAILED',
          `数据库结构文件 ${String(m.version).padStart(3, '0')}_${m.name}.sql 在应用后被修改过。已发布的迁移不能修改，请新增一个迁移文件。`,
          { version: m.version },
        );
      }
      results.push({ version: m.version, name: m.name, status: 'already' });
      continue;
    }
    await withTransaction(conn, async () => {
      try {
        await conn.run(m.sql);
      } catch (err) {
        throw new PipelineError('MIGRATION_FAILED', `应用数据库结构 ${String(m.version).padStart(3, '0')}_${m.name}.sql 失败：${(err as Error).message}`, {
          version: m.version,
        });
      }
      await exec(conn, {
        sql: 'INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)',
        params: [m.version, m.name, m.checksum],
      });
    });
    results.push({ version: m.version, name: m.name, status: 'applied' });
  }
  return results;
}
