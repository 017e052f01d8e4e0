import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, type SqlQuery } from '../store/sql.js';

/** A summary row as plain JSON-safe values: BIGINT counts and fen become numbers. */
export type SummaryRow = Readonly<Record<string, string | number | boolean | null>>;

function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    const n = Number(value);
    // A district's or a city's amounts in fen are far below 2^53; past that a number would lie.
    if (!Number.isSafeInteger(n)) throw new RangeError(`数值超出安全整数范围：${value}`);
    return n;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/**
 * Runs a summary query and returns rows of plain values (bigint → number, checked to be exact).
 * @example await reportRows(conn, REPORT_SQL.street('2026-04')) //=> [{ street_code: '310112001', sme_cases: 46, … }, …]
 */
export async function reportRows(conn: DuckDBConnection, query: SqlQuery): Promise<SummaryRow[]> {
  const rows = await queryRows<Record<string, unknown>>(conn, query);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
}
