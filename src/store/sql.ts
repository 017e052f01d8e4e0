import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** A piece of SQL text with its bound values: the only shape SQL travels in. */
export interface SqlQuery {
  readonly sql: string;
  readonly params?: readonly DuckDBValue[];
}

/**
 * Quotes an identifier for DuckDB. Identifiers never come from users; this is the one place
 * that turns a name into SQL text.
 * @example quoteIdent('stg "x"') //=> '"stg ""x"""'
 */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs a statement with bound values. @example await exec(conn, { sql: 'DELETE FROM t WHERE id = ?', params: [1] }) */
export async function exec(conn: DuckDBConnection, query: SqlQuery | string): Promise<number> {
  const q = typeof query === 'string' ? { sql: query } : query;
  const result = await conn.run(q.sql, q.params ? [...q.params] : undefined);
  return result.rowsChanged;
}

/**
 * Runs a query and returns its rows as plain objects (BIGINT as bigint, DATE as 'YYYY-MM-DD').
 * @example await queryRows(conn, { sql: 'SELECT ? AS x', params: [1] }) //=> [{ x: 1 }]
 */
export async function queryRows<T = Record<string, unknown>>(
  conn: DuckDBConnection,
  query: SqlQuery | string,
): Promise<T[]> {
  const q = typeof query === 'string' ? { sql: query } : query;
  const reader = await conn.runAndReadAll(q.sql, q.params ? [...q.params] : undefined);
  return reader.getRowObjectsJS() as T[];
}

/** The first row of a query, or undefined. @example await queryOne(conn, 'SELECT 1 AS n') //=> { n: 1 } */
export async function queryOne<T = Record<string, unknown>>(
  conn: DuckDBConnection,
  query: SqlQuery | string,
): Promise<T | undefined> {
  const rows = await queryRows<T>(conn, query);
  return rows[0];
}

/**
 * Runs `work` inside one transaction: committed if it returns, rolled back if it throws.
 * A file lands whole or not at all.
 */
export async function withTransaction<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    const result = await work();
    await conn.run('COMMIT');
    return result;
  } catch (err) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
