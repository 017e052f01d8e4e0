import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from './sql.js';

type ColumnKind = 'varchar' | 'integer' | 'bigint' | 'boolean' | 'double';

/** One column of a table, as an appender fills it. */
export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly hasDefault: boolean;
}

/** Appends plain-object rows to one table through DuckDB's Appender. */
export interface TableAppender {
  readonly table: string;
  /** Appends a row; keys are column names; a missing key takes the column default, else NULL. */
  append(row: Readonly<Record<string, unknown>>): void;
  /**
   * Appends `values.length / columns.length` rows given flat, row after row, in `columns` order
   * (how rows travel from a worker thread without a copy of every key). A table column not
   * listed takes its default, else NULL; `overrides` replaces a column's value in every row.
   */
  appendFlat(columns: readonly string[], values: readonly unknown[], overrides?: Readonly<Record<string, unknown>>): void;
  /** Hands the rows appended so far to the table (still inside the caller's transaction). */
  flush(): void;
  /** Flushes and closes; safe to call twice. */
  close(): void;
}

/**
 * Tables' column lists, read from the catalog once and kept for appenders opened later: a sweep
 * opens appenders on the same three tables for every file. Whoever makes one keeps it only while
 * no table it names changes shape (one ingest run).
 */
export type AppenderColumns = Map<string, readonly Column[]>;

function kindOf(dataType: string): ColumnKind {
  if (dataType === 'INTEGER' || dataType === 'SMALLINT' || dataType === 'TINYINT') return 'integer';
  if (dataType === 'BIGINT' || dataType === 'HUGEINT') return 'bigint';
  if (dataType === 'BOOLEAN') return 'boolean';
  if (dataType === 'DOUBLE' || dataType === 'FLOAT') return 'double';
  // VARCHAR, DATE and TIMESTAMP go in as text and DuckDB casts them on insert.
  return 'varchar';
}

/**
 * Opens an appender on `table`, its column list read from the catalog once so callers pass
 * objects and never keep a second copy of the column order (or taken from `known`, which then
 * keeps it). The caller owns the transaction.
 * @example const a = await openTableAppender(conn, 'rejects'); a.append({ file_id: 1, reason: '…' }); a.close();
 */
export async function openTableAppender(conn: DuckDBConnection, table: string, known?: AppenderColumns): Promise<TableAppender> {
  const columns = known?.get(table) ?? (await readColumns(conn, table));
  known?.set(table, columns);
  const appender = await conn.createAppender(table);
  let open = true;
  return {
    table,
    append(row) {
      for (const col of columns) {
        const v = row[col.name];
        // A key left out takes the column's DEFAULT (timestamps, sequences), as an INSERT would.
        if (v === undefined && col.hasDefault) appender.appendDefault();
        else appendValue(appender, col.kind, v);
      }
      appender.endRow();
    },
    appendFlat(names, values, overrides = {}) {
      const width = names.length;
      const at = new Map(names.map((n, i) => [n, i]));
      for (const n of names) if (!columns.some((c) => c.name === n)) throw new Error(`${table} 没有列 ${n}`);
      const plan = columns.map((col) => ({ col, index: at.get(col.name) ?? -1, fixed: Object.hasOwn(overrides, col.name) }));
      for (let start = 0; start + width <= values.length; start += width) {
        for (const { col, index, fixed } of plan) {
          if (fixed) appendValue(appender, col.kind, overrides[col.name]);
          else if (index >= 0) appendValue(appender, col.kind, values[start + index]);
          else if (col.hasDefault) appender.appendDefault();
          else appender.appendNull();
        }
        appender.endRow();
      }
    },
    flush() {
      appender.flushSync();
    },
    close() {
      if (!open) return;
      open = false;
      try {
        appender.flushSync();
      } catch (err) {
        // The rows that could not be written are dropped: left in the appender, DuckDB would try
        // them again when it is garbage collected, inside whatever transaction the connection has
        // by then, and abort that (the next file's) transaction. Close would only throw again,
        // hiding the first (useful) error.
        try {
          appender.clear();
          appender.closeSync();
        } catch {
          /* the flush error is the one to report */
        }
        throw err;
      }
      appender.closeSync();
    },
  };
}

async function readColumns(conn: DuckDBConnection, table: string): Promise<readonly Column[]> {
  // pragma_table_info finds the table as the appender will (temporary tables first), in 0.6 ms
  // where information_schema.columns takes 3-4.
  const rows = await queryRows<{ name: string; type: string; dflt_value: string | null }>(conn, {
    sql: 'SELECT name, type, dflt_value FROM pragma_table_info(?) ORDER BY cid',
    params: [table],
  });
  return rows.map((c): Column => ({ name: c.name, kind: kindOf(c.type), hasDefault: c.dflt_value !== null }));
}

function appendValue(appender: DuckDBAppender, kind: ColumnKind, v: unknown): void {
  if (v === null || v === undefined) return appender.appendNull();
  switch (kind) {
    case 'integer':
      return appender.appendInteger(Number(v));
    case 'bigint':
      return appender.appendBigInt(BigInt(v as number | bigint));
    case 'boolean':
      return appender.appendBoolean(Boolean(v));
    case 'double':
      return appender.appendDouble(Number(v));
    default:
      return appender.appendVarchar(v instanceof Date ? v.toISOString() : String(v));
  }
}
