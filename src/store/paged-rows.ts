import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryOne, quoteIdent, type SqlQuery } from './sql.js';

/** Rows read a page at a time, each page as one JSON text. */
export interface PagedRows {
  /** How many rows the query gave. */
  readonly rows: number;
  /** Rows `from` (0-based, in order) up to `to`, as JSON values: DATE as 'YYYY-MM-DD', lists and structs as arrays and objects. */
  page<T>(from: number, to: number): Promise<T[]>;
  /** The table holding the rows (column `_n`, from 0, is their order), for SQL that joins them. */
  readonly table: string;
  /** Drops the table. */
  drop(): Promise<void>;
}

let tables = 0;

/**
 * Runs a query once into a temporary table, numbered in the given order, for reading back a page
 * at a time. Each page comes back as one JSON text that JavaScript parses whole: DuckDB's node API
 * decodes every text cell on its own (about 1.4 µs a cell, 12 s for a million 16-column rows),
 * one text for 2,000 rows costs a small part of that. Between pages the connection is free for
 * other work. BIGINT values beyond 2^53 would lose digits as JSON numbers: cast such columns
 * (money in fen included, to be exact) to VARCHAR in the query.
 * @example const q = await pagedRows(conn, { sql: 'SELECT transfer_id FROM transfers' }, 'transfer_id'); await q.page(0, 2000) //=> [{ _n: 0, transfer_id: 'TR-2026-000001' }, …]
 */
export async function pagedRows(conn: DuckDBConnection, query: SqlQuery, orderBy: string): Promise<PagedRows> {
  tables += 1;
  const table = `paged_rows_${process.pid}_${tables}`;
  const name = quoteIdent(table);
  // Sorted first, then numbered by a window over no order, which streams: numbering by a window
  // that sorts holds every row in memory at once, and ran out of it on a city's 750,000 rows.
  await exec(conn, {
    sql: `CREATE TEMP TABLE ${name} AS SELECT row_number() OVER () - 1 AS _n, * FROM (SELECT * FROM (${query.sql}) ORDER BY ${orderBy})`,
    params: query.params,
  });
  const count = await queryOne<{ n: bigint }>(conn, `SELECT count(*) AS n FROM ${name}`);
  return {
    rows: Number(count?.n ?? 0),
    table,
    async page<T>(from: number, to: number): Promise<T[]> {
      const text = await queryOne<{ j: string | null }>(conn, {
        sql: `SELECT '[' || string_agg(to_json(p)::VARCHAR, ',' ORDER BY _n) || ']' AS j FROM ${name} p WHERE _n >= ? AND _n < ?`,
        params: [from, to],
      });
      return text?.j ? (JSON.parse(text.j) as T[]) : [];
    },
    drop: async () => void (await exec(conn, `DROP TABLE IF EXISTS ${name}`)),
  };
}

/**
 * Runs a query once into a temporary table, so that a larger query can read it by name: DuckDB
 * plans one statement as a whole, and the steps of a heavy one, run apart, need less memory at once.
 * @example const t = await tempTable(conn, sharedCasesSql('wage')); await pagedRows(conn, { sql: `SELECT * FROM ${t.table}` }, 'case_id'); await t.drop();
 */
export async function tempTable(conn: DuckDBConnection, query: SqlQuery): Promise<{ readonly table: string; drop(): Promise<void> }> {
  tables += 1;
  const table = quoteIdent(`temp_rows_${process.pid}_${tables}`);
  await exec(conn, { sql: `CREATE TEMP TABLE ${table} AS ${query.sql}`, params: query.params });
  return { table, drop: async () => void (await exec(conn, `DROP TABLE IF EXISTS ${table}`)) };
}
