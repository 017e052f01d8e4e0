/**
 * Ingest benchmark (issue 3): prints, for each case, our time beside its baseline, the ratio, the
 * target, the peak RSS and whether the target is met. Asserts nothing. Each measurement runs in
 * its own child process, so its peak RSS is its own (worker threads included); the two sides of
 * a pair take turns, run after run, so the ratio holds however loaded the machine is.
 *
 *   csv    a complaint CSV (UTF-8) ingested end to end into a DuckDB file, against DuckDB's own
 *          read_csv of the same file into a table (all_varchar, header): target ≤ 3×. Each side
 *          loads its modules before its clock starts (see WARM_UP)
 *   xlsx   a survey workbook ingested end to end, against a bare exceljs streaming read that only
 *          iterates the rows: target ≤ 1.3×, and peak RSS under 400 MB
 *   sweep  14 street workbooks ingested with the default concurrency, against one file at a time
 *          (concurrency 1): target ≥ 1.7× faster
 *
 * Our side runs the compiled modules (dist/, brought up to date first), as `arrears ingest` does
 * after `npm ci`. Sample files are generated into .bench/ingest-<size>/ on first use
 * (sample-data/generate.ts).
 *
 * @example
 * npm run bench                  // 1,000,000-row CSV, 200,000-row workbook, 14 workbooks of ~14,000 rows
 * npm run bench -- --quick       // 100,000 / 40,000 / ~2,500 rows: about a minute once the files exist
 * npm run bench -- --runs 3      // each measurement three times, the median kept
 * npm run bench -- --only xlsx   // just one case: csv, xlsx or sweep (combines with the others)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ingestFiles as IngestFiles } from '../../src/ingest/ingest-files.js';
import type { openStore as OpenStore } from '../../src/store/open-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

interface Sizes {
  readonly name: string;
  readonly csvRows: number;
  readonly xlsxRows: number;
  /** --rows for `--kind all`: about 70 % of them land in the 14 street workbooks. */
  readonly sweepRows: number;
}
const FULL: Sizes = { name: 'full', csvRows: 1_000_000, xlsxRows: 200_000, sweepRows: 280_000 };
const QUICK: Sizes = { name: 'quick', csvRows: 100_000, xlsxRows: 40_000, sweepRows: 50_000 };

interface Measurement {
  readonly seconds: number;
  readonly rssMb: number;
  readonly note?: string;
}

/**
 * Modules a case loads before its clock starts: the CSV figure compares loading a file, not
 * compiling TypeScript (tsx) or opening a native library, so both sides get theirs in first.
 */
const WARM_UP: Record<string, () => Promise<unknown>> = {
  'csv-ours': () => compiled(),
  'csv-baseline': () => import('@duckdb/node-api'),
};

/** The measurements, each run in a child process: `tsx test/bench/run.ts --case <name> <args…>`. */
const CASES: Record<string, (args: string[]) => Promise<string | undefined>> = {
  async 'csv-ours'([file, db]) {
    return ingest([file!], db!, {});
  },
  async 'csv-baseline'([file, db]) {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(db!, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    const conn = await instance.connect();
    await conn.run('CREATE TABLE complaints AS SELECT * FROM read_csv($1, all_varchar = true, header = true)', [file!]);
    conn.closeSync();
    instance.closeSync();
    return undefined;
  },
  async 'xlsx-ours'([file, db]) {
    return ingest([file!], db!, {});
  },
  async 'xlsx-baseline'([file]) {
    // exceljs alone, as a script that only wants the rows would use it.
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.stream.xlsx.WorkbookReader(file!, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
    let rows = 0;
    for await (const sheet of book) for await (const _row of sheet) rows++;
    return `${rows} rows`;
  },
  async 'sweep-parallel'([dir, db]) {
    return ingest(workbooks(dir!), db!, {});
  },
  async 'sweep-sequential'([dir, db]) {
    return ingest(workbooks(dir!), db!, { concurrency: 1 });
  },
};

/**
 * Our side runs the compiled modules, as `arrears ingest` does after `npm ci` (main() compiles
 * them first): through tsx, every parse thread would compile the sources again as it starts.
 */
async function compiled(): Promise<{ openStore: typeof OpenStore; ingestFiles: typeof IngestFiles }> {
  const dist = (path: string) => new URL(`../../dist/src/${path}.js`, import.meta.url).href;
  const [{ openStore }, { ingestFiles }] = await Promise.all([import(dist('store/open-store')), import(dist('ingest/ingest-files'))]);
  return { openStore, ingestFiles };
}

async function ingest(files: string[], db: string, options: { concurrency?: number }): Promise<string> {
  const { openStore, ingestFiles } = await compiled();
  const store = await openStore({ path: db });
  try {
    const outcomes = await ingestFiles(store.conn, files, options);
    const failed = outcomes.filter((o) => o.status !== 'ok');
    if (failed.length > 0) throw new Error(`not loaded: ${JSON.stringify(failed)}`);
    const rows = outcomes.reduce((n, o) => n + (o.status === 'ok' ? o.read : 0), 0);
    return `${files.length} file(s), ${rows} rows`;
  } finally {
    store.close();
  }
}

function workbooks(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f));
}

/** Runs one case in a child process; the database it writes is removed afterwards. */
function measure(name: string, args: string[], scratch: string): Measurement {
  const db = join(scratch, `${name}.duckdb`);
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const child = spawnSync(process.execPath, [...process.execArgv, SELF, '--case', name, ...args, db], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 24 });
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`case ${name} failed:\n${child.stderr || child.stdout}`);
  return JSON.parse(line) as Measurement;
}

/** Each of a pair `runs` times, taking turns so both see the same load; the median of each. */
function medianPair(ours: string, baseline: string, args: string[], scratch: string, runs: number): [Measurement, Measurement] {
  const a: Measurement[] = [];
  const b: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(measure(ours, args, scratch));
    b.push(measure(baseline, args, scratch));
  }
  const median = (all: Measurement[]) => all.sort((x, y) => x.seconds - y.seconds)[Math.floor(all.length / 2)]!;
  return [median(a), median(b)];
}

async function generate(out: string, rows: number, kind: string, seed: number): Promise<void> {
  if (existsSync(out)) return;
  console.log(`generating ${kind} ×${rows} into ${out} …`);
  const child = spawnSync(process.execPath, [...process.execArgv, join(ROOT, 'sample-data/generate.ts'), '--rows', String(rows), '--seed', String(seed), '--out', `${out}.tmp`, '--kind', kind], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`sample generation failed (${kind} ×${rows})`);
  rmSync(out, { recursive: true, force: true });
  const { renameSync } = await import('node:fs');
  renameSync(`${out}.tmp`, out);
}

/** The generator writes complaints in GBK, as the complaint platform exports them; read_csv wants UTF-8. */
async function utf8Copy(gbk: string, out: string): Promise<void> {
  if (existsSync(out)) return;
  const { default: iconv } = await import('iconv-lite');
  await pipeline(createReadStream(gbk), iconv.decodeStream('gb18030'), iconv.encodeStream('utf8'), createWriteStream(`${out}.tmp`));
  const { renameSync } = await import('node:fs');
  renameSync(`${out}.tmp`, out);
}

function onlyFile(dir: string, ext: string): string {
  const found = readdirSync(dir).filter((f) => f.endsWith(ext));
  if (found.length !== 1) throw new Error(`expected one ${ext} in ${dir}, found ${found.length}`);
  return join(dir, found[0]!);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--case') {
    const [name, ...args] = argv.slice(1);
    await WARM_UP[name!]?.();
    const started = performance.now();
    const note = await CASES[name!]!(args);
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ seconds, rssMb: Math.round(process.resourceUsage().maxRSS / 1024), note } satisfies Measurement));
    return;
  }
  const sizes = argv.includes('--quick') ? QUICK : FULL;
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1])) : 1;
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  if (only !== undefined && !['csv', 'xlsx', 'sweep'].includes(only)) throw new Error(`--only takes csv, xlsx or sweep, not ${only}`);
  const wanted = (c: string) => only === undefined || only === c;
  const data = join(ROOT, '.bench', `ingest-${sizes.name}`);
  mkdirSync(data, { recursive: true });
  const scratch = join(data, 'db');
  mkdirSync(scratch, { recursive: true });

  const mb = (f: string) => (statSync(f).size / 1e6).toFixed(0);
  const inputs: string[] = [];
  let csv = '', xlsx = '', sweep = '';
  if (wanted('csv')) {
    await generate(join(data, 'complaints'), sizes.csvRows, 'complaints', 7);
    csv = join(data, 'complaints-utf8.csv');
    await utf8Copy(onlyFile(join(data, 'complaints', 'complaints'), '.csv'), csv);
    inputs.push(`${sizes.csvRows} CSV rows (${mb(csv)} MB)`);
  }
  if (wanted('xlsx')) {
    await generate(join(data, 'survey'), sizes.xlsxRows, 'survey', 7);
    xlsx = onlyFile(join(data, 'survey', 'surveys'), '.xlsx');
    inputs.push(`${sizes.xlsxRows}-row workbook (${mb(xlsx)} MB)`);
  }
  if (wanted('sweep')) {
    await generate(join(data, 'sweep'), sizes.sweepRows, 'all', 5);
    sweep = join(data, 'sweep', 'surveys');
    inputs.push(`${workbooks(sweep).length} workbooks`);
  }

  // Our side imports the compiled modules (see compiled()): bring them up to date first.
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('the sources do not compile (tsc -p tsconfig.json)');
  console.log(`ingest benchmark (${sizes.name}): ${inputs.join(', ')}; median of ${runs} run(s); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  const rows: string[][] = [['case', 'ours (s)', 'baseline (s)', 'ratio', 'target', 'peak RSS', 'result']];
  const baselines: string[] = [];
  if (csv) {
    const [csvOurs, csvBase] = medianPair('csv-ours', 'csv-baseline', [csv], scratch, runs);
    const csvRatio = csvOurs.seconds / csvBase.seconds;
    rows.push([`CSV ${sizes.csvRows} complaints vs read_csv`, fmt(csvOurs.seconds), fmt(csvBase.seconds), `${csvRatio.toFixed(2)}×`, '≤ 3×', `${csvOurs.rssMb} MB`, pass(csvRatio <= 3)]);
    baselines.push(`read_csv ${csvBase.rssMb} MB`);
  }
  if (xlsx) {
    const [xOurs, xBase] = medianPair('xlsx-ours', 'xlsx-baseline', [xlsx], scratch, runs);
    const xRatio = xOurs.seconds / xBase.seconds;
    rows.push([`xlsx ${sizes.xlsxRows} survey vs bare exceljs`, fmt(xOurs.seconds), fmt(xBase.seconds), `${xRatio.toFixed(2)}×`, '≤ 1.3×, RSS < 400 MB', `${xOurs.rssMb} MB`, pass(xRatio <= 1.3 && xOurs.rssMb < 400)]);
    baselines.push(`exceljs ${xBase.rssMb} MB`);
  }
  if (sweep) {
    const [par, seq] = medianPair('sweep-parallel', 'sweep-sequential', [sweep], scratch, runs);
    const speedup = seq.seconds / par.seconds;
    rows.push([`sweep of ${workbooks(sweep).length} workbooks vs one at a time`, fmt(par.seconds), fmt(seq.seconds), `${speedup.toFixed(2)}× faster`, '≥ 1.7× faster', `${par.rssMb} MB`, pass(speedup >= 1.7)]);
    baselines.push(`one at a time ${seq.rssMb} MB`);
  }
  printTable(rows);
  console.log(`\nbaselines' peak RSS: ${baselines.join(', ')}`);
  rmSync(scratch, { recursive: true, force: true });
}

const fmt = (s: number) => s.toFixed(2);
const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');

/** Pads by display width: a CJK character or × takes as much room as it shows. */
function printTable(rows: readonly string[][]): void {
  const width = (s: string) => [...s].length;
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c]!))));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

await main();
