import { statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import { exec, queryOne, queryRows, quoteIdent } from '../store/sql.js';
import { serialQueue } from '../store/serial-queue.js';
import { SqlParams } from '../store/sql-params.js';
import { openTableAppender } from '../store/table-appender.js';
import { BatchSink } from './batch-sink.js';
import { applyRule, distinctValues, FieldOutputs, planFieldValues, storeOutcomes, type FieldOutcomes, type FieldValues } from './csv-field-values.js';
import { maybeNotDataSql } from './csv-row-kinds.js';
import { csvScratchTable, type CsvScratchTable } from './csv-scratch-table.js';
import {
  collectRejects, countRows, fixControlEscapes, parseSample, recordsView, sameAsSample, storeKinds,
} from './csv-set-based-steps.js';
import { chooseShortcuts, takenColumns, verifyShortcuts } from './csv-shortcut-columns.js';
import { pairCellsSql, RowValues, STG_EXTRAS, stgSelect } from './csv-stg-select.js';
import { landFile, STG_TABLE, type LoadCounts } from './land-file.js';
import type { LoadOptions } from './load-parsed-file.js';
import { sheetRules } from './parse-sheet.js';
import { readHead } from './raw-row.js';
import { guessDelimiter, sniffEncoding } from './read-csv.js';
import { pickReader } from './read-file.js';
import { toRowBatch } from './row-batch.js';

export interface SetBasedOptions extends LoadOptions {
  /** Smaller files are read row by row, which is quicker for them (default 256 KiB). */
  readonly minBytes?: number;
  /** Told why a CSV file went row by row after all. */
  readonly onFallback?: (reason: string) => void;
}

const MIN_BYTES = 256 * 1024;
/** The JSON of the cells is written out per record length: beyond this many columns the SQL grows too long. */
const MAX_COLUMNS = 200;

/**
 * Loads a CSV file set-based, with the same outcome row for row as loadParsedFile: DuckDB's
 * read_csv parses it (GBK decoded first) into a scratch table that computes as it reads what
 * every later step needs (trimmed length, cells as JSON, SQL shortcut outputs); JavaScript finds
 * the header among the first records exactly as parseFile does and classifies only rows that
 * might not be data; each field's rule runs once per distinct value the shortcuts leave, while
 * DuckDB fetches the next field's; and raw_rows, rejects and stg rows are each written by one
 * set-based statement in the file's one transaction. Returns null, having written nothing, for a
 * file it does not take (not CSV, small, a survey, or anything where DuckDB and csv-parse could
 * read differently): read that one row by row.
 *
 * @example
 * await loadCsvSetBased(conn, { path: '投诉.csv', sha256 }) //=> { fileId: 3, read: 1000001, accepted: 975000, … }
 */
export async function loadCsvSetBased(conn: DuckDBConnection, options: SetBasedOptions): Promise<LoadCounts | null> {
  const decline = (reason: string) => {
    options.onFallback?.(reason);
    return null;
  };
  if ((await pickReader(options.path).catch(() => undefined)) !== 'csv') return null;
  if (statSync(options.path).size < (options.minBytes ?? MIN_BYTES)) return null;
  const sample = await parseSample(options);
  if (!sample) return decline('前 30 行里没有找到表头，或文件读不出');
  const { header, preamble, headerRowNumber } = sample.header;
  const source = header.match.source;
  if (!STG_EXTRAS[source]) return decline(`${source} 没有集合式写法（摸排台账的金额要跨列核对），逐行读取`);
  const rules = sheetRules(header, preamble);
  const head = await readHead(options.path, 64 * 1024);
  const encoding = options.encoding ?? sniffEncoding(head);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decline('UTF-16 文本由逐行读取处理');
  const delimiter = guessDelimiter(iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.length), encoding));

  const p = new SqlParams();
  const fields = planFieldValues(rules.schema, header.match.columns, STG_EXTRAS[source] ?? {}, p);
  const scratch: string[] = [];
  const queue = serialQueue();
  let csv: CsvScratchTable | undefined;
  try {
    chooseShortcuts(fields, sample.results.filter((r) => r.disposition !== 'skipped').map((r) => r.row));
    // Whether a row might not be data is asked as it is read: the pattern runs in the parallel
    // read, not in a pass of its own that JavaScript would wait for.
    const computed = (width: number) => [
      lengthOf(width),
      { ...cellsOf(width), ...takenColumns(fields), suspect: maybeNotDataSql(Array.from({ length: width }, (_, i) => `c${i}`), rules.labels, p) },
    ];
    csv = await csvScratchTable(conn, { path: options.path, encoding, delimiter, params: p, computed });
    if (!csv) return decline('DuckDB 与逐行读取可能读得不一样（引号、换行或列数）');
    if (csv.width > MAX_COLUMNS) return decline(`列数过多（${csv.width} 列）`);
    const view = `${csv.table}_v`;
    await recordsView(conn, view, csv, scratch);
    if (!(await sameAsSample(conn, view, sample.results))) return decline('DuckDB 读出的前几行与逐行读取不一致');
    const first = sample.records + 1;
    const cellFixes = `${csv.table}_cells`;
    await fixControlEscapes(conn, view, cellFixes, first, p, scratch);
    const mismatch = await verifyShortcuts(conn, csv.table, rules.schema, fields, p);
    if (mismatch) return decline(`SQL 捷径与规则不一致：${mismatch}`);
    const table = csv.table;

    // Numbers that are values, not shape, go in as bound parameters like any other value.
    const int = (n: number) => `CAST(${p.bind(String(n))} AS BIGINT)`;
    const [firstRecord, headerRow] = [int(first), int(headerRowNumber)];
    // DuckDB fetches one field's distinct values, then the rows that might not be data, while
    // JavaScript applies the rules to the values fetched before.
    const distinct = fields.map((f) => queue(() => distinctValues(conn, table, f, p)));
    const pairSql = pairCellsSql(source, fields, view, `r.rec >= ${firstRecord}`);
    const pairCells = queue(async () => (pairSql ? queryRows<Record<string, string | null>>(conn, p.query(pairSql)) : []));
    const suspects = queue(() => queryRows<{ rec: bigint; cells: string }>(conn, p.query(`SELECT rec, cells FROM ${quoteIdent(view)} WHERE rec >= ${firstRecord} AND suspect`)));
    const outcomes = new Map<FieldValues, FieldOutcomes>();
    for (const [i, f] of fields.entries()) outcomes.set(f, await applyRule(rules.schema, f, await distinct[i]!));
    const kinds = `${table}_kinds`;
    await storeKinds(conn, kinds, await suspects, rules.labels, scratch);
    const filled = await storeOutcomes(conn, fields, outcomes, scratch);
    const dataRows = `r.rec >= ${firstRecord} AND r.rec NOT IN (SELECT rec FROM ${quoteIdent(kinds)})`;
    const rejects = `${table}_rejects`;
    await collectRejects(conn, view, rejects, fields, filled, dataRows, p, scratch);
    const rows = new RowValues(view, fields, filled, p);
    const accepted = `${dataRows} AND r.rec NOT IN (SELECT rec FROM ${quoteIdent(rejects)})`;
    const stg = await stgSelect(conn, source, rows, sample.facts.period, await pairCells, new FieldOutputs(rules.schema, fields, outcomes), p, scratch);

    return await landFile(conn, options, async (fileIdNumber) => {
      const sink = new BatchSink(conn, fileIdNumber, options.appenderColumns);
      try {
        await sink.add(toRowBatch(source, sample.results));
      } finally {
        sink.close();
      }
      const fileId = int(fileIdNumber);
      // Every row once, its disposition settled: updating rows written in the same transaction
      // would have the whole table rewritten at commit.
      await withoutInsertionOrder(conn, () => exec(conn, p.query(`INSERT INTO raw_rows (file_id, sheet, row_number, disposition, skip_kind, cells)
        SELECT ${fileId}, '', r.rec - ${headerRow}, CASE WHEN k.kind IS NOT NULL THEN 'skipped' WHEN x.rec IS NOT NULL THEN 'rejected' ELSE 'accepted' END,
          k.kind, coalesce(fx.cells, r.cells)
        FROM ${quoteIdent(view)} r LEFT JOIN ${quoteIdent(cellFixes)} fx ON fx.rec = r.rec LEFT JOIN ${quoteIdent(kinds)} k ON k.rec = r.rec
          LEFT JOIN (SELECT DISTINCT rec FROM ${quoteIdent(rejects)}) x ON x.rec = r.rec
        WHERE r.rec >= ${firstRecord}`)));
      // Empty lines are records to csv-parse but no row to DuckDB: each is a blank row.
      const blanks = csv!.scan.blankRecords.filter((rec) => rec >= first);
      if (blanks.length > 0) {
        const raw = await openTableAppender(conn, 'raw_rows');
        try {
          for (const rec of blanks) raw.append({ file_id: fileIdNumber, sheet: '', row_number: rec - headerRowNumber, disposition: 'skipped', skip_kind: 'blank', cells: '[]' });
        } finally {
          raw.close();
        }
      }
      await exec(conn, p.query(`INSERT INTO rejects (file_id, sheet, row_number, column_name, field, value, reason)
        SELECT ${fileId}, '', rec - ${headerRow}, column_name, field, value, reason FROM ${quoteIdent(rejects)}`));
      const derived = Object.entries(stg.derived).map(([name, sql]) => `, ${sql} AS ${quoteIdent(name)}`).join('');
      const recordId = p.bind(`${options.sha256.slice(0, 12)}-0-`);
      await withoutInsertionOrder(conn, () => exec(conn, p.query(`INSERT INTO ${quoteIdent(STG_TABLE[source])} (record_id, file_id, sheet, row_number, ${stg.columns.join(', ')})
        WITH ${rows.cte(accepted)}, w AS (SELECT v.*${derived} FROM v${stg.joins})
        SELECT ${recordId} || (v.rec - ${headerRow}), ${fileId}, '', v.rec - ${headerRow}, ${stg.select.join(', ')} FROM w v`)));
      return { facts: sample.facts, counts: await countRows(conn, fileIdNumber) };
    });
  } finally {
    await queue.drain();
    for (const t of scratch.reverse()) await exec(conn, `DROP ${t.endsWith('_v') ? 'VIEW' : 'TABLE'} IF EXISTS ${quoteIdent(t)}`);
    await csv?.drop();
  }
}

/** The record's length once trailing empty fields are trimmed, as readCsv trims them. */
function lengthOf(width: number): Record<string, string> {
  return { len: `greatest(${Array.from({ length: width }, (_, i) => `CASE WHEN coalesce(c${i}, '') <> '' THEN ${i + 1} ELSE 0 END`).join(', ')})` };
}

/** The cells as JSON, as raw_rows stores them: json_array for each length, cheaper than building a list and slicing it. */
function cellsOf(width: number): Record<string, string> {
  const cols = Array.from({ length: width }, (_, i) => `coalesce(c${i}, '')`);
  const arrays = cols.map((_, n) => `WHEN ${n + 1} THEN json_array(${cols.slice(0, n + 1).join(', ')})`).join(' ');
  return { cells: `(CASE len ${arrays} ELSE '[]' END)::VARCHAR` };
}

/** Runs `work` with DuckDB free to write rows in any order (stg rows have no order), then restores the setting. */
async function withoutInsertionOrder<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  const was = (await queryOne<{ v: boolean }>(conn, "SELECT current_setting('preserve_insertion_order') AS v"))!.v;
  await exec(conn, 'SET preserve_insertion_order = false');
  try {
    return await work();
  } finally {
    await exec(conn, `SET preserve_insertion_order = ${was ? 'true' : 'false'}`);
  }
}
