/**
 * Resolve speed at city scale (issue 4): on a copy of an ingested store, prints the seconds, the
 * seconds of each step, and the peak RSS of three runs, each in its own child process so its peak
 * RSS is its own, with the load average before and after (the machine is shared):
 *
 *   first        every resolve output and cache cleared: everything is worked
 *   rerun        nothing new since: the records are compared and the run stops
 *   incremental  after a new file of complaints and wage leads (--new rows) is ingested: only the
 *                new records, the spellings they bring and the groups they touch are worked
 *
 * The store given is never written: it is copied, and the copy cleared once and kept beside the
 * working copies (`<out>/cleared.duckdb`) for the next time. Prints figures; asserts nothing.
 *
 * @example
 * npm run bench:resolve-speed -- --db .bench/resolve-1000000-3/bench.duckdb --out /tmp/resolve-speed
 * npm run bench:resolve-speed -- --db … --out … --new 5000 --runs 3
 * npm run bench:resolve-speed -- --db … --out … --only first     // the first run alone
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample } from '../../sample-data/generator/generate-sample.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { listInputFiles } from '../../src/ingest/list-input-files.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';

const SELF = fileURLToPath(import.meta.url);
const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Phase {
  readonly seconds: number;
  readonly rssMB: number;
  readonly unchanged: boolean;
  readonly steps: readonly { step: string; seconds: number; cpuSeconds: number }[];
  readonly loadBefore: string;
  readonly loadAfter: string;
}

async function child(db: string): Promise<void> {
  const store = await openStore({ path: db });
  const loadBefore = load();
  const r = await resolveAll(store.conn);
  const phase: Phase = {
    seconds: r.seconds, rssMB: Math.round(process.resourceUsage().maxRSS / 1024), unchanged: r.unchanged, steps: r.steps, loadBefore, loadAfter: load(),
  };
  store.close();
  process.stdout.write(`${JSON.stringify(phase)}\n`);
}

function run(db: string): Phase {
  const out = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--phase', '--db', db], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) throw new Error(`resolve run failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Phase;
}

// Everything resolve writes or keeps: entities, cases and their history, and its own memory.
async function clearResolve(db: string): Promise<void> {
  const store = await openStore({ path: db });
  const tables = await queryRows<{ t: string }>(store.conn, `
    SELECT table_name AS t FROM information_schema.tables WHERE table_type = 'BASE TABLE'
      AND (table_name IN ('entity_members', 'entities', 'entity_aliases', 'case_records', 'cases', 'case_aliases', 'case_observations')
           OR table_name LIKE 'int\\_resolve\\_%' ESCAPE '\\' OR table_name = 'int_entity_pairs')`);
  for (const { t } of tables) await store.conn.run(`DELETE FROM ${t}`);
  await store.conn.run('CHECKPOINT');
  store.close();
}

async function main(): Promise<void> {
  const source = arg('db');
  const out = arg('out', '/tmp/resolve-speed')!;
  const runs = Number(arg('runs', '1'));
  const fresh = Number(arg('new', '5000'));
  const only = arg('only');
  if (!source || !existsSync(source)) throw new Error('usage: resolve-speed.ts --db <ingested store> [--out DIR] [--new N] [--runs N]');
  mkdirSync(out, { recursive: true });
  const cleared = join(out, 'cleared.duckdb');
  if (!existsSync(cleared)) {
    console.error(`clearing a copy of ${source} once (slow: deletes under primary keys) …`);
    copyFileSync(source, cleared);
    await clearResolve(cleared);
  }
  const batch = join(out, `new-${fresh}`);
  if (!existsSync(join(batch, 'wage', 'ground-truth.csv'))) {
    await generateSample({ rows: fresh, seed: 77, out: join(batch, 'complaints'), period: { year: 2026, month: 5 }, kind: 'complaints' });
    await generateSample({ rows: fresh, seed: 78, out: join(batch, 'wage'), period: { year: 2026, month: 5 }, kind: 'wage' });
  }
  const work = join(out, 'work.duckdb');
  const show = (label: string, p: Phase) => {
    console.log(`${label.padEnd(12)} ${p.seconds.toFixed(1).padStart(6)} s  peak RSS ${String(p.rssMB).padStart(5)} MB  load ${p.loadBefore} → ${p.loadAfter}${p.unchanged ? '  (nothing new)' : ''}`);
    for (const s of p.steps) console.log(`    ${s.step.padEnd(40)} ${s.seconds.toFixed(2).padStart(6)} s  cpu ${s.cpuSeconds.toFixed(2).padStart(6)} s`);
  };
  for (let k = 0; k < runs; k++) {
    rmSync(work, { force: true });
    rmSync(`${work}.wal`, { force: true });
    copyFileSync(cleared, work);
    show('first', run(work));
    if (only === 'first') continue;
    show('rerun', run(work));
    const store = await openStore({ path: work });
    await ingestFiles(store.conn, listInputFiles([join(batch, 'complaints', 'complaints'), join(batch, 'wage', 'wage-leads')]));
    store.close();
    show('incremental', run(work));
  }
}

if (process.argv.includes('--phase')) await child(arg('db')!);
else await main();
