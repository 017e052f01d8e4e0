/**
 * `npx tsx test/bench/extract-quality.ts [--n 5000] [--seed 3] [--share 0.7] [--no-reference] [--show 0]`:
 * generates 12345 work orders with ground truth, builds the enterprise dictionary from ~70% of the
 * generated entities (plus the listed-company reference, as production has it), extracts every
 * order, and prints precision/recall per field, the kind classification, throughput, and the
 * dictionary's build and scan speed at 50,000 names. Prints figures; asserts nothing.
 */
import { normalizeEnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';
import { buildEnterpriseDictionary, type DictionaryEntry } from '../../src/extract/enterprise-dictionary.js';
import { extractComplaint } from '../../src/extract/extract-complaint.js';
import type { EnterpriseValue, Extraction, Field } from '../../src/extract/extraction.js';
import { needsReview } from '../../src/extract/needs-review.js';
import { buildEntities } from '../../sample-data/generator/entities.js';
import { loadCompanies } from '../../sample-data/generator/companies.js';
import { Random } from '../../sample-data/generator/random.js';
import { generateWorkOrders, type KnownEntity, type WorkOrderTruth } from '../../sample-data/generator/work-orders.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const n = Number(arg('n', '5000'));
const seed = Number(arg('seed', '3'));
const share = Number(arg('share', '0.7'));
const show = Number(arg('show', '0'));
const withReference = !process.argv.includes('--no-reference');

const core = (name: string | null | undefined): string | null => {
  if (!name) return null;
  const r = normalizeEnterpriseName(name);
  return r.ok ? r.value.coreName : null;
};
const spoken = (s: string): string => s.replace(/^\*?S?\*?ST/, '').replace(/[AB]$/, '');
function entry(id: string, name: string, shorts: readonly string[]): DictionaryEntry {
  const c = core(name);
  return { entityId: id, names: [name, ...(c && c.length >= 4 ? [c] : []), ...shorts.flatMap((s) => [s, spoken(s)])] };
}
function referenceEntries(): DictionaryEntry[] {
  return loadCompanies().map((c) => entry(`LST-${c.tsCode.slice(0, 6)}`, c.fullName, [c.shortName, ...c.formerShortNames]));
}

// --- generate and build the dictionary ------------------------------------------------------
let t0 = performance.now();
const generated = generateWorkOrders(n, seed);
const genSeconds = (performance.now() - t0) / 1000;
const pickRng = new Random(seed ^ 0x5eed);
const known = generated.entities.filter(() => pickRng.chance(share));
const entries = [...known.map((e: KnownEntity) => entry(e.key, e.name, e.shortNames)), ...(withReference ? referenceEntries() : [])];
t0 = performance.now();
const dictionary = buildEnterpriseDictionary(entries);
const buildMs = performance.now() - t0;

// --- extract ---------------------------------------------------------------------------------
t0 = performance.now();
const results: Extraction[] = generated.orders.map((o) => extractComplaint(o.诉求内容, { dictionary, callerName: o.市民姓名, callerPhone: o.市民电话 }));
const extractSeconds = (performance.now() - t0) / 1000;

type Counts = { tp: number; fp: number; fn: number };
const fields = ['kind', 'debtor', 'creditor', 'employer', 'amount', 'project', 'workers'] as const;
const counts = Object.fromEntries(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof fields)[number], Counts>;
const failures = new Map<string, { template: string; text: string; got: string; want: string }[]>();
const byTemplate = new Map<string, { total: number; wrong: number }>();
let reviewed = 0;

function tally(field: Exclude<(typeof fields)[number], 'kind'>, got: unknown, want: unknown, same: boolean, i: number): boolean {
  const c = counts[field];
  if (got !== null && same) c.tp++;
  else {
    if (got !== null) c.fp++;
    if (want !== null) c.fn++;
  }
  const ok = got === null ? want === null : same;
  if (!ok) {
    const list = failures.get(field) ?? [];
    list.push({ template: generated.truth[i]!.template, text: generated.orders[i]!.诉求内容, got: String(got), want: String(want) });
    failures.set(field, list);
  }
  return ok;
}
const entName = (f: Field<EnterpriseValue>): string | null => f.value?.name ?? null;
const normProject = (s: string): string => s.normalize('NFKC').replace(/[\s《》“”"「」]/gu, '');
function sameProject(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return false;
  const [a, b] = [normProject(got), normProject(want)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || (long.includes(short) && short.length >= 0.8 * long.length);
}

const confusion = new Map<string, number>();
generated.truth.forEach((t: WorkOrderTruth, i) => {
  const e = results[i]!;
  confusion.set(`${t.kind}→${e.kind}`, (confusion.get(`${t.kind}→${e.kind}`) ?? 0) + 1);
  let ok = e.kind === t.kind;
  if (!ok) {
    const list = failures.get('kind') ?? [];
    list.push({ template: t.template, text: generated.orders[i]!.诉求内容, got: `${e.kind}（${e.reason}）`, want: t.kind });
    failures.set('kind', list);
  }
  ok = tally('debtor', entName(e.debtor), t.debtorName, core(entName(e.debtor)) === core(t.debtorName), i) && ok;
  ok = tally('creditor', entName(e.creditor), t.creditorName, core(entName(e.creditor)) === core(t.creditorName), i) && ok;
  ok = tally('employer', entName(e.employer), t.employerName, core(entName(e.employer)) === core(t.employerName), i) && ok;
  ok = tally('amount', e.amountFen.value, t.amountFen, e.amountFen.value === t.amountFen, i) && ok;
  ok = tally('project', e.project.value, t.project, sameProject(e.project.value, t.project), i) && ok;
  ok = tally('workers', e.workers.value, t.workers, e.workers.value === t.workers, i) && ok;
  const tpl = byTemplate.get(t.template) ?? { total: 0, wrong: 0 };
  tpl.total++;
  if (!ok) tpl.wrong++;
  byTemplate.set(t.template, tpl);
  if (needsReview(e).length > 0) reviewed++;
});

// --- print -----------------------------------------------------------------------------------
const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
console.log(`extract-quality: ${n} orders, seed ${seed}, ${generated.templates.length} templates; dictionary ${known.length}/${generated.entities.length} generated entities${withReference ? ` + ${loadCompanies().length} listed companies` : ''} = ${dictionary.size} names`);
console.log(`\nfield       precision  recall   (tp/fp/fn)`);
for (const f of fields.slice(1)) {
  const c = counts[f as Exclude<(typeof fields)[number], 'kind'>];
  console.log(`${f.padEnd(10)}  ${pct(c.tp / (c.tp + c.fp))}      ${pct(c.tp / (c.tp + c.fn))}    (${c.tp}/${c.fp}/${c.fn})`);
}
const kinds = ['sme_arrears', 'wage_arrears', 'other'] as const;
const right = kinds.reduce((s, k) => s + (confusion.get(`${k}→${k}`) ?? 0), 0);
console.log(`\nkind accuracy ${pct(right / n)}`);
for (const k of kinds) {
  const tp = confusion.get(`${k}→${k}`) ?? 0;
  const predicted = kinds.reduce((s, x) => s + (confusion.get(`${x}→${k}`) ?? 0), 0);
  const actual = kinds.reduce((s, x) => s + (confusion.get(`${k}→${x}`) ?? 0), 0);
  console.log(`  ${k.padEnd(13)} precision ${pct(tp / predicted)}  recall ${pct(tp / actual)}  (${actual} orders)`);
}
console.log(`\norders flagged for review (needsReview non-empty): ${reviewed} (${pct(reviewed / n)})`);
const worst = [...byTemplate].filter(([, v]) => v.wrong > 0).sort((a, b) => b[1].wrong / b[1].total - a[1].wrong / a[1].total).slice(0, 8);
if (worst.length > 0) console.log(`templates with any field wrong: ${worst.map(([k, v]) => `${k} ${v.wrong}/${v.total}`).join(', ')}`);
console.log(`\nspeed: generate ${genSeconds.toFixed(1)} s; dictionary build ${buildMs.toFixed(0)} ms; extract ${(n / extractSeconds).toFixed(0)} orders/s`);

if (show > 0) {
  for (const [field, list] of failures) {
    console.log(`\n--- ${field}: ${list.length} wrong ---`);
    for (const f of list.slice(0, show)) console.log(`[${f.template}] got ${f.got} | want ${f.want}\n   ${f.text}`);
  }
}

// --- dictionary at 50,000 names --------------------------------------------------------------
const smes = buildEntities(new Random(99), 12_000).creditors;
const big: DictionaryEntry[] = [...referenceEntries(), ...smes.map((e) => entry(e.key, e.name, e.shortNames))];
t0 = performance.now();
const bigDictionary = buildEnterpriseDictionary(big);
const bigBuild = performance.now() - t0;
// ~150 characters each: one order's text, topped up with the next ones'.
const texts = Array.from({ length: 100_000 }, (_, i) => {
  let t = '';
  for (let k = i; t.length < 150; k++) t += generated.orders[k % generated.orders.length]!.诉求内容;
  return t.slice(0, 160);
});
const chars = texts.reduce((s, x) => s + x.length, 0);
t0 = performance.now();
let hits = 0;
for (const text of texts) hits += bigDictionary.match(text).length;
const scanSeconds = (performance.now() - t0) / 1000;
console.log(`dictionary at scale: ${bigDictionary.size} names built in ${(bigBuild / 1000).toFixed(2)} s; ` +
  `scanned ${texts.length} texts (${(chars / texts.length).toFixed(0)} chars avg) in ${scanSeconds.toFixed(2)} s ` +
  `(${(texts.length / scanSeconds).toFixed(0)} texts/s, ${hits} matches)`);
