import { DuckDBInstance } from '@duckdb/node-api';

/** Reads a database file the CLI wrote, read-only, closing it at once so the next CLI run can open it. */
export async function readDb<T>(path: string, sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
