/**
 * Entity-resolution figures on names built from sample-data/reference/companies.tsv. Prints
 * figures; asserts nothing.
 *
 * `scale`: 200,000 synthetic core names (real cores, one-typo variants, short names, and brands
 * recombined with other companies' trades) through both blocking rules, compareNames on every
 * candidate pair, and clusterEntities. `thresholds`: precision and recall of the fuzzy level
 * at several thresholds, on typo variants against different companies in the same block.
 *
 * @example
 * npx tsx test/bench/resolve-bench.ts              // both
 * npx tsx test/bench/resolve-bench.ts thresholds   // one
 */
import { readFileSync } from 'node:fs';
import { normalizeEnterpriseName, type EnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';
import { blockCandidates, containmentCandidates } from '../../src/resolve/block-candidates.js';
import { compareNames, FUZZY_THRESHOLD, type NameFacts } from '../../src/resolve/compare-names.js';
import { clusterEntities, type Edge } from '../../src/resolve/cluster-entities.js';

const COMPANIES = new URL('../../sample-data/reference/companies.tsv', import.meta.url);
type Kind = 'full' | 'short' | 'typo' | 'synthetic';
interface Named { readonly company: number; readonly kind: Kind; readonly facts: NameFacts }

let seed = 0; // set by each section, so either prints the same figures alone or after the other
function random(): number { // mulberry32: fixed seed, so every run prints the same figures
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const facts = (n: EnterpriseName): NameFacts => ({ ...n, uscc: null, usccValid: false });
function normalized(name: string): EnterpriseName | null {
  const r = normalizeEnterpriseName(name);
  return r.ok ? r.value : null;
}
// Stock-market decorations on short names (*ST, XD, A/B share class, -U) are not how records write them.
const cleanShort = (s: string): string =>
  s.replace(/^(?:\*?ST|XD|XR|DR|N|C)(?=\p{Script=Han})/u, '').replace(/(?:-[A-Z]+|[AB])$/u, '');

function typo(core: string, hanzi: readonly string[]): string {
  const chars = Array.from(core);
  const at = Math.floor(random() * chars.length);
  const kind = Math.floor(random() * 3);
  if (kind === 0) chars[at] = pick(hanzi);
  else if (kind === 1) chars.splice(at, 1);
  else chars.splice(at, 0, pick(hanzi));
  return chars.join('');
}

function loadNames(): Named[] {
  const rows = readFileSync(COMPANIES, 'utf8').split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t'));
  const hanzi = rows.flatMap((r) => Array.from(r[3]!).filter((c) => /\p{Script=Han}/u.test(c)));
  const out: Named[] = [];
  rows.forEach((r, company) => {
    const full = normalized(r[3]!);
    if (full === null) return;
    out.push({ company, kind: 'full', facts: facts(full) });
    for (const s of [r[2]!, ...(r[12] ?? '').split('|')].filter((s) => s !== '').map(cleanShort)) {
      const short = normalized(s);
      if (short !== null && short.coreName !== full.coreName) out.push({ company, kind: 'short', facts: facts(short) });
    }
    const core = typo(full.coreName, hanzi);
    if (core !== full.coreName && Array.from(core).length >= 2) {
      out.push({ company, kind: 'typo', facts: { ...facts(full), coreName: core, legalName: full.legalName.replace(full.coreName, core) } });
    }
  });
  return out;
}

function time<T>(label: string, run: () => T, describe: (t: T) => string): T {
  const start = performance.now();
  const value = run();
  console.log(`${label.padEnd(28)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${describe(value)}`);
  return value;
}

function union(...lists: Array<ReadonlyArray<readonly [number, number]>>): Array<readonly [number, number]> {
  const seen = new Set<number>();
  const out: Array<readonly [number, number]> = [];
  for (const list of lists) for (const [a, b] of list) if (!seen.has(a * 1e6 + b)) (seen.add(a * 1e6 + b), out.push([a, b]));
  return out;
}

function scale(): void {
  seed = 20240601;
  const real = loadNames();
  const brands = real.map((n) => Array.from(n.facts.coreName).slice(0, 2).join(''));
  const trades = real.map((n) => Array.from(n.facts.coreName).slice(2).join('')).filter((t) => t !== '');
  const names = real.map((n) => n.facts.coreName);
  while (names.length < 200_000) names.push(random() < 0.9 ? pick(brands) + pick(trades) : typo(pick(names), brands));
  const records = names.map((coreName) => ({ coreName, legalName: `${coreName}有限公司`, regionPrefix: null, uscc: null, usccValid: false, branchOf: null }));
  console.log(`${names.length} names, ${new Set(names).size} distinct`);
  const shared = time('blockCandidates', () => blockCandidates(names), (p) => `${p.length} pairs`);
  const shared2 = time('blockCandidates minShared 2', () => blockCandidates(names, { minShared: 2 }), (p) => `${p.length} pairs`);
  const contained = time('containmentCandidates', () => containmentCandidates(names), (p) => `${p.length} pairs`);
  const pairs = union(shared, contained);
  console.log(`union of rules: ${pairs.length} pairs (minShared 2 would give ${shared2.length})`);
  const edges = time('compareNames', () => pairs.map(([a, b]): Edge => ({ a, b, score: compareNames(records[a]!, records[b]!).score })),
    (e) => `${e.filter((x) => x.score >= FUZZY_THRESHOLD).length} edges ≥ ${FUZZY_THRESHOLD}`);
  time('clusterEntities', () => clusterEntities(names.length, edges, { threshold: FUZZY_THRESHOLD, usccOf: () => null, cannotLink: [[0, 1]] }),
    (c) => `${new Set(c).size} clusters, largest ${countBy(c).reduce((a, b) => Math.max(a, b), 0)}`);
}

function countBy(cluster: Int32Array): number[] {
  const counts = new Map<number, number>();
  for (const c of cluster) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.values()];
}

function thresholds(): void {
  seed = 20240601;
  const named = loadNames();
  const cores = named.map((n) => n.facts.coreName);
  const full = new Map(named.flatMap((n, i) => (n.kind === 'full' ? [[n.company, i] as const] : [])));
  const blocked = union(blockCandidates(cores), containmentCandidates(cores));
  const falsePairs = blocked.filter(([a, b]) => named[a]!.company !== named[b]!.company);
  const typoPairs = named.flatMap((n, i) => (n.kind === 'typo' ? [[full.get(n.company)!, i] as const] : []));
  const shortPairs = named.flatMap((n, i) => (n.kind === 'short' ? [[full.get(n.company)!, i] as const] : []));
  const compare = ([a, b]: readonly [number, number]) => compareNames(named[a]!.facts, named[b]!.facts);
  const falseC = falsePairs.map(compare);
  const typoC = typoPairs.map(compare);
  const shortC = shortPairs.map(compare);
  console.log(`${named.length} names; ${typoPairs.length} typo and ${shortPairs.length} short-name true pairs; ${falsePairs.length} blocked pairs of different companies`);
  // Which true pairs the comparison would accept, and how many of those each blocking set offers it.
  const matchable = [...typoPairs, ...shortPairs].filter((p) => compare(p).score >= FUZZY_THRESHOLD);
  const strict = union(blockCandidates(cores, { minShared: 2 }), containmentCandidates(cores));
  for (const [label, list] of [['minShared 1 ∪ containment', blocked], ['minShared 2 ∪ containment', strict]] as const) {
    const found = new Set(list.map(([a, b]) => a * 1e6 + b));
    const has = ([a, b]: readonly [number, number]) => found.has(Math.min(a, b) * 1e6 + Math.max(a, b));
    console.log(`blocking ${label}: ${list.length} pairs; true pairs the comparison accepts: ${matchable.filter(has).length} of ${matchable.length}`);
  }
  for (const level of ['uscc_equal', 'core_equal', 'core_contains', 'core_fuzzy'] as const) {
    const count = (cs: typeof falseC) => cs.filter((c) => c.level === level).length;
    console.log(`level ${level.padEnd(14)} typo ${count(typoC)}  short ${count(shortC)}  false ${count(falseC)}`);
  }
  console.log('fuzzy level (core_fuzzy or different) at threshold t, typo pairs against false pairs:');
  for (const t of [0.8, 0.85, 0.88, 0.9, 0.92, 0.95]) {
    const hit = (c: (typeof falseC)[number]) => (c.level === 'core_fuzzy' || c.level === 'different') && c.score >= t;
    const tp = typoC.filter(hit).length;
    const fp = falseC.filter(hit).length;
    console.log(`  t=${t.toFixed(2)}  recall ${(tp / typoPairs.length).toFixed(3)}  precision ${(tp / (tp + fp)).toFixed(3)}  (${tp} true, ${fp} false)`);
  }
}

const which = process.argv[2];
if (which === undefined || which === 'scale') scale();
if (which === undefined || which === 'thresholds') thresholds();
