/**
 * Reader throughput: bare exceljs / csv-parse against readXlsx / readCsv on generated files in
 * /tmp/readers-bench (made on first run). Each case runs in its own process so that peak RSS is
 * its own. Prints figures; asserts nothing.
 *
 * @example
 * npx tsx test/bench/readers-bench.ts            // all cases, 2 runs each
 * npx tsx test/bench/readers-bench.ts csv-ours   // one case, prints its JSON line
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { readXlsx } from '../../src/ingest/read-xlsx.js';
import { readCsv } from '../../src/ingest/read-csv.js';

const DIR = '/tmp/readers-bench';
const XLSX = `${DIR}/200k-x-20.xlsx`;
const CSV = `${DIR}/1m-gbk.csv`;
const TITLED = `${DIR}/1m-gbk-titled.csv`; // a title line first: every data record is "ragged" to csv-parse
const XLSX_ROWS = 200_000;
const CSV_ROWS = 1_000_000;

const CASES: Record<string, () => Promise<number>> = {
  'xlsx-bare': async () => {
    let n = 0;
    const book = new ExcelJS.stream.xlsx.WorkbookReader(XLSX, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
    for await (const sheet of book) for await (const _row of sheet) n++;
    return n;
  },
  'xlsx-ours': async () => count(readXlsx(XLSX)),
  'csv-bare': async () => bareCsv(CSV),
  'csv-ours': async () => count(readCsv(CSV)),
  'csv-bare-titled': async () => bareCsv(TITLED),
  'csv-ours-titled': async () => count(readCsv(TITLED)),
};

async function count(events: AsyncIterable<{ kind: string }>): Promise<number> {
  let n = 0;
  for await (const e of events) if (e.kind === 'row') n++;
  return n;
}

async function bareCsv(file: string): Promise<number> {
  const parser = parse({ relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: false });
  pipeline(createReadStream(file, { highWaterMark: 64 * 1024 }), iconv.decodeStream('gb18030'), parser, () => {});
  let n = 0;
  for await (const _record of parser) n++;
  return n;
}

async function makeXlsx(): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: XLSX, useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet('台账');
  sheet.columns = Array.from({ length: 20 }, (_, i) => ({ key: `c${i}`, style: i % 5 === 3 ? { numFmt: 'yyyy-mm-dd' } : {} }));
  sheet.addRow(Array.from({ length: 20 }, (_, i) => `列${i + 1}`)).commit();
  for (let r = 1; r < XLSX_ROWS; r++) {
    const cells = Array.from({ length: 20 }, (_, i) => {
      switch (i % 5) {
        case 0: return `上海某某贸易有限公司${r % 5000}`;
        case 1: return `0${13800000000 + r}`;
        case 2: return Math.round(r * 137.31) / 100;
        case 3: return new Date(Date.UTC(2020, 0, 1 + (r % 1500)));
        default: return r % 3 === 0 ? `备注 ${r}` : r;
      }
    });
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await book.commit();
}

function makeCsv(file: string, title: boolean): void {
  const fd = openSync(file, 'w');
  if (title) writeSync(fd, iconv.encode('2024 年闵行区拖欠账款台账\r\n', 'gbk'));
  writeSync(fd, iconv.encode('序号,企业名称,统一社会信用代码,联系电话,欠款金额,约定日期,街镇,联系人,状态,备注\r\n', 'gbk'));
  for (let start = 1; start < CSV_ROWS; start += 10_000) {
    let chunk = '';
    for (let r = start; r < Math.min(start + 10_000, CSV_ROWS); r++) {
      chunk += `${r},上海某某贸易有限公司${r % 5000},91310112MA1G${String(r).padStart(6, '0')},0${13800000000 + r},${(r * 1.37).toFixed(2)},2024-0${1 + (r % 9)}-1${r % 10},莘庄镇,张${r % 100},"待核实,已联系",备注${r}\r\n`;
    }
    writeSync(fd, iconv.encode(chunk, 'gbk'));
  }
  closeSync(fd);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only) {
    const started = performance.now();
    const rows = await CASES[only]!();
    const ms = performance.now() - started;
    console.log(JSON.stringify({ case: only, rows, ms: Math.round(ms), rowsPerSec: Math.round(rows / (ms / 1000)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
    return;
  }
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(XLSX)) await makeXlsx();
  if (!existsSync(CSV)) makeCsv(CSV, false);
  if (!existsSync(TITLED)) makeCsv(TITLED, true);
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(CASES)) {
    for (let run = 1; run <= 2; run++) {
      const child = spawnSync(process.execPath, [...process.execArgv, self, name], { encoding: 'utf8' });
      console.log(child.stdout.trim() || child.stderr.trim());
    }
  }
}

await main();
