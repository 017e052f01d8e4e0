import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, queryRows, quoteIdent } from '../store/sql.js';
import type { SqlParams } from '../store/sql-params.js';
import { openTableAppender } from '../store/table-appender.js';
import { classifyRow } from './classify-row.js';
import { lookupKey, type FieldValues } from './csv-field-values.js';
import type { CsvScratchTable } from './csv-scratch-table.js';
import { HEADER_SEARCH_ROWS } from './find-header.js';
import type { RowCounts } from './land-file.js';
import type { LoadOptions } from './load-parsed-file.js';
import { parseFile, type FileFacts, type SheetHeader } from './parse-file.js';
import type { RowResult } from './parse-sheet.js';

/** The steps of set-based CSV loading (see loadCsvSetBased), each over the scratch table's rows view. */

export interface Sample {
  readonly facts: FileFacts;
  readonly header: SheetHeader;
  /** Results of records 1 … records, from the row-by-row parser. */
  readonly results: readonly RowResult[];
  readonly records: number;
}

/** The first records through parseFile itself: header, facts, and their results; undefined if it finds no header in them. */
export async function parseSample(options: LoadOptions): Promise<Sample | undefined> {
  let facts: FileFacts | undefined;
  let header: SheetHeader | undefined;
  const results: RowResult[] = [];
  try {
    for await (const ev of parseFile(options.path, { ...options, fileId: 0, batchSize: HEADER_SEARCH_ROWS })) {
      if (ev.kind === 'facts') facts = ev.facts;
      else if (ev.kind === 'header') header = ev.header;
      else if (ev.kind === 'rows') results.push(...ev.results);
      if (results.length >= HEADER_SEARCH_ROWS) break;
    }
  } catch {
    return undefined; // read row by row, the file fails with its proper message
  }
  if (!facts || !header || results.length < HEADER_SEARCH_ROWS) return undefined;
  const kept = results.filter((r) => r.row.rowNumber <= HEADER_SEARCH_ROWS);
  return { facts, header, results: kept, records: HEADER_SEARCH_ROWS };
}

/** A view of the scratch table with each row's record number: its place among non-empty records, plus the empty lines before it. */
export async function recordsView(conn: DuckDBConnection, view: string, csv: CsvScratchTable, scratch: string[]): Promise<void> {
  const blanks = csv.scan.blankRecords;
  if (blanks.length === 0) {
    await exec(conn, `CREATE TEMP VIEW ${quoteIdent(view)} AS SELECT rowid + 1 AS rec, * FROM ${quoteIdent(csv.table)}`);
    scratch.push(view);
    return;
  }
  // The k-th empty line (record b) comes after b - k non-empty records: later rows shift by k.
  const table = `${csv.table}_blanks`;
  await exec(conn, `CREATE TEMP TABLE ${quoteIdent(table)} (after BIGINT, shift BIGINT)`);
  scratch.push(table);
  const shifts = new Map<number, number>();
  blanks.forEach((b, i) => shifts.set(b - (i + 1), i + 1));
  const a = await openTableAppender(conn, table);
  try {
    for (const [after, shift] of shifts) a.append({ after, shift });
  } finally {
    a.close();
  }
  await exec(conn, `CREATE TEMP VIEW ${quoteIdent(view)} AS SELECT t.rowid + 1 + coalesce(b.shift, 0) AS rec, t.*
    FROM ${quoteIdent(csv.table)} t ASOF LEFT JOIN ${quoteIdent(table)} b ON t.rowid + 1 > b.after`);
  scratch.push(view);
}

/** DuckDB's first records must be csv-parse's, cell for cell: the check that both read alike. */
export async function sameAsSample(conn: DuckDBConnection, view: string, sample: readonly RowResult[]): Promise<boolean> {
  const duck = await queryRows<{ rec: bigint; cells: string }>(conn, { sql: `SELECT rec, cells FROM ${quoteIdent(view)} WHERE rec <= ?`, params: [sample.length] });
  const byRecord = new Map(duck.map((d) => [Number(d.rec), JSON.stringify(JSON.parse(d.cells))]));
  let matched = 0;
  for (const r of sample) {
    const cells = byRecord.get(r.row.rowNumber);
    if (cells === undefined ? r.row.cells.length !== 0 : cells !== JSON.stringify(r.row.cells)) return false;
    if (cells !== undefined) matched++;
  }
  return matched === byRecord.size;
}

/** classifyRow on the rows SQL could not call data (the others are data): a table of (rec, kind) for those that are not. */
export async function storeKinds(
  conn: DuckDBConnection,
  table: string,
  suspects: readonly { rec: bigint; cells: string }[],
  labels: ReadonlySet<string>,
  scratch: string[],
): Promise<void> {
  await exec(conn, `CREATE TEMP TABLE ${quoteIdent(table)} (rec BIGINT, kind VARCHAR)`);
  scratch.push(table);
  const a = await openTableAppender(conn, table);
  try {
    for (const r of suspects) {
      const kind = classifyRow(JSON.parse(r.cells) as string[], labels);
      if (kind !== 'data') a.append({ rec: r.rec, kind });
    }
  } finally {
    a.close();
  }
}

/**
 * DuckDB writes a control character's JSON escape in upper case (\u001F), JSON.stringify in lower
 * case: rows holding one get their cells from JSON.stringify, in `table` (rec, cells).
 */
export async function fixControlEscapes(conn: DuckDBConnection, view: string, table: string, first: number, p: SqlParams, scratch: string[]): Promise<void> {
  await exec(conn, `CREATE TEMP TABLE ${quoteIdent(table)} (rec BIGINT, cells VARCHAR)`);
  scratch.push(table);
  const rows = await queryRows<{ rec: bigint; cells: string }>(conn, p.query(`SELECT rec, cells FROM ${quoteIdent(view)} WHERE rec >= ${p.bind(first)} AND contains(cells, ${p.bind('\\u00')})`));
  const a = await openTableAppender(conn, table);
  try {
    for (const r of rows) a.append({ rec: r.rec, cells: JSON.stringify(JSON.parse(r.cells)) });
  } finally {
    a.close();
  }
}

/** Every reject of the data rows (`dataRows` over `r`): one per reason of each refused value, as validateRow lists them. */
export async function collectRejects(
  conn: DuckDBConnection,
  view: string,
  table: string,
  fields: readonly FieldValues[],
  filled: ReadonlySet<string>,
  dataRows: string,
  p: SqlParams,
  scratch: string[],
): Promise<void> {
  const parts: string[] = [];
  for (const f of fields) {
    const label = f.column ? p.bind(f.column.label.replace(/\s+/g, '')) : 'NULL';
    if (f.column && filled.has(f.badTable)) {
      parts.push(`SELECT r.rec, ${p.bind(f.field)} AS field, ${label} AS column_name, b.shown AS value, b.reason, b.ordinal
        FROM ${quoteIdent(view)} r JOIN ${quoteIdent(f.badTable)} b ON b.raw = ${lookupKey(f)} WHERE ${dataRows}`);
    }
    if (!f.ifNull.ok) {
      f.ifNull.reasons.forEach((reason, ordinal) => {
        parts.push(`SELECT r.rec, ${p.bind(f.field)}, ${label}, NULL, ${p.bind(reason)}, CAST(${p.bind(ordinal)} AS INTEGER) FROM ${quoteIdent(view)} r WHERE ${f.raw} IS NULL AND ${dataRows}`);
      });
    }
  }
  const body = parts.length > 0
    ? parts.join(' UNION ALL ')
    : 'SELECT NULL::BIGINT AS rec, NULL::VARCHAR AS field, NULL::VARCHAR AS column_name, NULL::VARCHAR AS value, NULL::VARCHAR AS reason, NULL::INTEGER AS ordinal WHERE false';
  await exec(conn, p.query(`CREATE TEMP TABLE ${quoteIdent(table)} AS ${body}`));
  scratch.push(table);
}

/** A file's counts, from its raw_rows. */
export async function countRows(conn: DuckDBConnection, fileId: number): Promise<RowCounts> {
  const rows = await queryRows<{ disposition: string; skip_kind: string | null; n: bigint }>(conn, {
    sql: 'SELECT disposition, skip_kind, count(*) AS n FROM raw_rows WHERE file_id = ? GROUP BY ALL',
    params: [fileId],
  });
  const counts = { read: 0, accepted: 0, rejected: 0, skipped: 0 };
  const skippedByKind: Record<string, number> = {};
  for (const r of rows) {
    const n = Number(r.n);
    counts.read += n;
    if (r.disposition === 'accepted') counts.accepted += n;
    else if (r.disposition === 'rejected') counts.rejected += n;
    else {
      counts.skipped += n;
      skippedByKind[r.skip_kind!] = (skippedByKind[r.skip_kind!] ?? 0) + n;
    }
  }
  return { ...counts, skippedByKind };
}
