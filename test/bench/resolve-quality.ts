/**
 * `npm run bench:resolve [-- --rows N --seed S]`: generates data with ground truth from real company
 * names, ingests it, resolves it, and prints pairwise precision/recall/F1 for entities and cases,
 * with the time and peak RSS of the resolve stage. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { listInputFiles } from '../../src/ingest/list-input-files.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { pairwiseF1 } from './pairwise-f1.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const rows = Number(arg('rows', '20000'));
const seed = arg('seed', '11');
const dir = join('.bench', `resolve-${rows}-${seed}`);

if (!existsSync(join(dir, 'ground-truth.csv'))) {
  console.error(`generating ${rows} rows (seed ${seed}) into ${dir} …`);
  execFileSync(process.execPath, ['--import', 'tsx', 'sample-data/generate.ts', '--rows', String(rows), '--seed', seed, '--out', dir], { stdio: 'inherit' });
}
const dbPath = join(dir, 'bench.duckdb');
rmSync(dbPath, { force: true });
rmSync(`${dbPath}.wal`, { force: true });
const store = await openStore({ path: dbPath });
const t0 = performance.now();
await ingestFiles(store.conn, listInputFiles(['surveys', 'complaints', 'wage-leads'].map((d) => join(dir, d))));
const ingestSeconds = (performance.now() - t0) / 1000;
const summary = await resolveAll(store.conn);
const rss = process.resourceUsage().maxRSS / 1024;

type Truth = Record<string, string>;
const [head, ...lines] = readFileSync(join(dir, 'ground-truth.csv'), 'utf8').trim().split('\n');
const cols = head!.split(',');
const truth = new Map<string, Truth>();
for (const line of lines) {
  const t = Object.fromEntries(line.split(',').map((v, i) => [cols[i]!, v])) as Truth;
  if (t.expected === 'accepted') truth.set(`${basename(t.file!)}|${t.row_number}`, t);
}
const recs = await queryRows<Record<string, string | null>>(store.conn, 'SELECT file_name, row_number, debtor_entity_id, creditor_entity_id, employer_entity_id, case_id FROM records_v');
const entityItems: [string, string][] = [];
const caseItems: [string, string][] = [];
let unmatched = 0;
for (const r of recs) {
  const t = truth.get(`${r.file_name}|${r.row_number}`);
  if (!t) {
    unmatched++;
    continue;
  }
  for (const [role, key] of [['debtor', t.debtor_key], ['creditor', t.creditor_key], ['employer', t.employer_key]] as const) {
    const predicted = r[`${role}_entity_id`];
    if (key && predicted) entityItems.push([key, predicted]);
  }
  if (t.matter_key && r.case_id) caseItems.push([t.matter_key, r.case_id]);
}
const fmt = (x: number) => x.toFixed(4);
const e = pairwiseF1(entityItems);
const c = pairwiseF1(caseItems);
console.log(`rows generated ${rows}, records in store ${recs.length} (without truth: ${unmatched}); ingest ${ingestSeconds.toFixed(1)} s`);
console.log(`resolve: ${summary.seconds.toFixed(2)} s for ${recs.length} records; ${summary.entities.mentions} spellings → ${summary.entities.entities} entities; peak RSS ${rss.toFixed(0)} MB`);
console.log('| measure | items | true pairs | predicted pairs | precision | recall | F1 | target |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(`| entities | ${e.items} | ${e.truePairs} | ${e.predictedPairs} | ${fmt(e.precision)} | ${fmt(e.recall)} | ${fmt(e.f1)} | ≥ 0.98 |`);
console.log(`| cases | ${c.items} | ${c.truePairs} | ${c.predictedPairs} | ${fmt(c.precision)} | ${fmt(c.recall)} | ${fmt(c.f1)} | ≥ 0.97 |`);
store.close();
