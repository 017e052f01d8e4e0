/**
 * Pipeline benchmark (issue 7): the quarterly sweep end to end, as a user runs it — the real
 * `arrears run quarterly-sweep` as a child process on generated data, from an empty database to the
 * report, review workbooks and shared registries. Prints the wall time (start-up included), each
 * stage's seconds and the peak RSS (worker threads included); asserts nothing.
 * Targets: the district sweep (about 20,000 rows) ≤ 10 s; a city-scale run (1,000,000 rows) ≤ 5 min
 * with peak RSS under 4 GB. Input is generated into .bench/resolve-<rows>-<seed>/ on first use
 * (the same folders npm run bench:resolve uses).
 *
 * @example
 * npm run bench:sweep                                 // 20,000 rows, seed 11
 * npm run bench:sweep -- --rows 1000000 --seed 3      // city scale
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const rows = Number(arg('rows', '20000'));
const seed = arg('seed', '11');
const inbox = join(ROOT, '.bench', `resolve-${rows}-${seed}`);
if (!existsSync(join(inbox, 'ground-truth.csv'))) {
  console.error(`generating ${rows} rows (seed ${seed}) into ${inbox} …`);
  execFileSync(process.execPath, ['--import', 'tsx', 'sample-data/generate.ts', '--rows', String(rows), '--seed', seed, '--out', inbox], { stdio: 'inherit', cwd: ROOT });
}

// Measure the command as installed: compiled (npm ci's prepare), not the sources through tsx.
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'arrears-sweep-bench-'));
// The child reports its own peak RSS as it exits (getrusage: the whole process, worker threads included).
const reporter = join(scratch, 'report-rss.mjs');
const rssFile = join(scratch, 'rss.txt');
writeFileSync(reporter, `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);

const args = ['--import', reporter, join(ROOT, 'bin', 'arrears.js'), '--db', join(scratch, 'sweep.duckdb'), '--json',
  'run', 'quarterly-sweep', '--inbox', inbox, '--period', '2026-04', '--as-of', '2026-04-25', '--out', join(scratch, 'out')];
const started = performance.now();
const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '';
let stderr = ''; // the per-file lines: shown only if the run fails
child.stdout.on('data', (d) => (stdout += d));
child.stderr.on('data', (d) => (stderr += d));
const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
if (code !== 0) console.error(stderr);
const seconds = (performance.now() - started) / 1000;
const rssMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
rmSync(scratch, { recursive: true, force: true });

const run = JSON.parse(stdout) as { outcome: string; stages: { stage: string; seconds: number; summary?: string }[] };
const target = rows <= 50_000 ? { seconds: 10, label: '≤ 10 s' } : { seconds: 300, label: '≤ 5 min, peak RSS < 4 GB' };
console.log(`quarterly sweep, ${rows} generated rows (seed ${seed}), exit ${code}, outcome ${run.outcome}`);
for (const s of run.stages) console.log(`  ${s.stage.padEnd(18)} ${s.seconds.toFixed(1).padStart(7)} s  ${s.summary ?? ''}`);
const met = seconds <= target.seconds && (rows <= 50_000 || rssMb < 4096);
console.log(`end to end ${seconds.toFixed(1)} s (start-up included), peak RSS ${rssMb} MB; target ${target.label}: ${met ? 'met' : 'not met'}`);
