import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import { exec, queryOne, quoteIdent } from '../store/sql.js';
import type { SqlParams } from '../store/sql-params.js';
import { CsvScanner, type CsvScan } from './scan-csv.js';

/** A CSV file as DuckDB read it into a scratch table, with what the byte scan found. */
export interface CsvScratchTable {
  /** `__tmp_…`, one row per non-empty record, in file order (rowid 0 is the first). */
  readonly table: string;
  /** Columns c0 … c{width-1}: the fields of each record, NULL past its end. */
  readonly width: number;
  readonly scan: CsvScan;
  drop(): Promise<void>;
}

export interface CsvScratchOptions {
  readonly path: string;
  readonly encoding: 'utf-8' | 'gb18030' | 'gbk';
  readonly delimiter: string;
  /** Bound values of the statements the caller builds around this table. */
  readonly params: SqlParams;
  /**
   * Columns computed as the table is made, in layers: each layer's expressions (name → SQL) may
   * use the read columns c0 … and every earlier layer's.
   */
  readonly computed: (width: number) => readonly Readonly<Record<string, string>>[];
}

let serial = 0;

/**
 * Reads a CSV into a DuckDB scratch table the way read-csv.ts reads it row by row: a GBK file is
 * first decoded to a temporary UTF-8 copy with iconv-lite (DuckDB reads only UTF-8), the bytes
 * are scanned for record boundaries (see CsvScanner), then read_csv parses with every field as
 * text. Returns undefined when the two readers could disagree — a quirk the scan flags, a record
 * wider than the first ones, a count that does not reconcile — so the caller reads it row by row.
 */
export async function csvScratchTable(conn: DuckDBConnection, options: CsvScratchOptions): Promise<CsvScratchTable | undefined> {
  const delimiter = options.delimiter.charCodeAt(0);
  let utf8Path = options.path;
  let temp: string | undefined;
  let scan: CsvScan;
  try {
    if (options.encoding === 'utf-8') {
      scan = await scanFile(options.path, delimiter);
    } else {
      temp = join(tmpdir(), `arrears-csv-${process.pid}-${++serial}.csv`);
      scan = await transcodeAndScan(options.path, temp, options.encoding, delimiter);
      utf8Path = temp;
    }
    if (scan.anomaly || scan.records === 0) return discard(temp);
    const table = `__tmp_csv_${process.pid}_${++serial}`;
    const width = Math.max(1, ...scan.leadingFieldCounts);
    const loaded = await readIntoTable(conn, table, utf8Path, options, width, scan, false)
      ?? await readIntoTable(conn, table, utf8Path, options, width, scan, true);
    discard(temp);
    if (!loaded) return undefined;
    const rows = Number((await queryOne<{ n: bigint }>(conn, `SELECT count(*) AS n FROM ${quoteIdent(table)}`))!.n);
    const result: CsvScratchTable = { table, width, scan, drop: () => exec(conn, `DROP TABLE IF EXISTS ${quoteIdent(table)}`).then(() => undefined) };
    if (rows !== scan.records - scan.blankRecords.length) {
      await result.drop();
      return undefined;
    }
    return result;
  } catch (err) {
    discard(temp);
    throw err;
  }
}

function discard(temp: string | undefined): undefined {
  if (temp) rmSync(temp, { force: true });
  return undefined;
}

/**
 * read_csv into `table`; undefined if DuckDB refuses the file (a record wider than `width`, bad
 * UTF-8 …). Records narrower than the first ones need null_padding, which DuckDB's parallel
 * reader cannot combine with quoted line breaks: that case reads on one thread.
 */
async function readIntoTable(
  conn: DuckDBConnection,
  table: string,
  path: string,
  options: CsvScratchOptions,
  width: number,
  scan: CsvScan,
  padded: boolean,
): Promise<true | undefined> {
  const uniform = scan.leadingFieldCounts.every((n) => n === width);
  if (!padded && !uniform) return undefined;
  const p = options.params;
  const columns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const read = `SELECT * FROM read_csv(${p.bind(path)}, header = false, auto_detect = false, all_varchar = true,
      delim = ${p.bind(options.delimiter)}, quote = '"', escape = '"', new_line = ${p.bind(scan.newline === '\r\n' ? '\\r\\n' : '\\n')},
      columns = {${columns}}, max_line_size = 10000000${padded ? ', null_padding = true, parallel = false' : ''})`;
  const layered = options.computed(width).reduce(
    (from, layer) => `SELECT *${Object.entries(layer).map(([name, sql]) => `, ${sql} AS ${quoteIdent(name)}`).join('')} FROM (${from})`,
    read,
  );
  const sql = `CREATE TEMP TABLE ${quoteIdent(table)} AS ${layered}`;
  try {
    await exec(conn, p.query(sql));
    return true;
  } catch {
    await exec(conn, `DROP TABLE IF EXISTS ${quoteIdent(table)}`);
    return undefined;
  }
}

async function scanFile(path: string, delimiter: number): Promise<CsvScan> {
  const scanner = new CsvScanner(delimiter);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) scanner.feed(chunk as Buffer);
  return scanner.end();
}

/** Decodes with iconv-lite as readCsv does, writes UTF-8 to `out`, and scans what it writes. */
async function transcodeAndScan(path: string, out: string, encoding: string, delimiter: number): Promise<CsvScan> {
  const scanner = new CsvScanner(delimiter);
  const toUtf8 = new Transform({
    transform(text: string | Buffer, _enc, done) {
      const bytes = Buffer.from(typeof text === 'string' ? text : text.toString('utf8'), 'utf8');
      scanner.feed(bytes);
      done(null, bytes);
    },
  });
  await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), iconv.decodeStream(encoding), toUtf8, createWriteStream(out));
  return scanner.end();
}
