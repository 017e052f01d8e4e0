import { matchStreet } from '../normalize/match-street.js';
import { normalizeText, stripSpaces } from '../normalize/normalize-text.js';
import { bigramJaccard } from './char-similarity.js';

/** One record as matter clustering sees it: the parties' pair is already the same. */
export interface MatterRecord {
  readonly project: string | null;
  readonly amountFen: number | null;
  readonly period: string | null;
  /** Records from sweeps come first as anchors; complaints and project-less records join them. */
  readonly anchor: boolean;
}

/** How alike two project names must be (character bigrams) to be one matter. */
export const MATTER_THRESHOLD = 0.5;

/**
 * The comparable core of a project or contract name: NFKC, no spaces, no bracketed asides such as
 * （合同编号：MH2023-7325）, no trailing 合同/项目/工程 words.
 * @example projectCore('2023年度钢材采购合同（合同编号：MH2023-7325）') //=> '2023年度钢材采购'
 */
export function projectCore(name: string | null): string {
  if (!name) return '';
  return stripSpaces(normalizeText(name))
    .replace(/（[^）]*）/g, '')
    .replace(/(?:合同|项目|工程|协议)+$/u, '');
}

// 2024年度 and 2025年度 contracts with the same words are two matters; so are 一期 and 二期.
const NUMBERS = /[0-9]+|[一二三四五六七八九十]+(?=期|标段|号|年)/gu;

/**
 * How a claim may differ from the surveyed amount and still be the same matter: a complaint often
 * claims interest and penalties (违约金) on top, rarely less.
 */
export const CLAIM_RATIO: readonly [number, number] = [0.99, 1.25];
/** Two complaints about one matter (a repeat complaint) claim about the same: within 15 % either way. */
export const REPEAT_CLAIM_TOLERANCE = 0.15;
/** Two reports of one matter in the same sweep (two streets) carry the same amount, give or take rounding. */
export const SAME_SWEEP_TOLERANCE = 0.01;

interface Head {
  readonly core: string;
  readonly street: string | null;
  readonly numbers: string;
  readonly amount: number | null;
  /** Opened by a survey record (its amount is the surveyed one) rather than a complaint. */
  readonly surveyed: boolean;
  readonly byPeriod: Map<string, number>;
}

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(a, b);

function describe(project: string | null, amount: number | null, surveyed: boolean): Head {
  const raw = project ? normalizeText(project) : '';
  const street = raw ? matchStreet(raw) : null;
  // Numbers inside brackets count (（一期）) but a contract number (合同编号：…) does not.
  const numbers = (raw.replace(/（[^）]*编号[^）]*）/g, '').match(NUMBERS) ?? []).join(',');
  return { core: projectCore(project), street: street?.ok ? street.value.code : null, numbers, amount, surveyed, byPeriod: new Map() };
}

function sameMatter(a: Head, b: Head): { same: boolean; score: number } {
  if (a.numbers !== b.numbers) return { same: false, score: 0 };
  if (a.street && b.street && a.street !== b.street) return { same: false, score: 0 };
  if (a.core === b.core) return { same: true, score: 1 };
  if (a.core.length >= 4 && b.core.length >= 4 && (a.core.includes(b.core) || b.core.includes(a.core))) return { same: true, score: 0.9 };
  const s = bigramJaccard(a.core, b.core);
  return { same: s >= MATTER_THRESHOLD, score: s };
}

/**
 * SME matters are told apart by amounts; wage leads about one project each report the reporter's
 * own unpaid pay, so amounts say nothing there and a complaint joins the employer's nearest case.
 */
export interface ClusterMattersOptions {
  readonly kind: 'sme' | 'wage';
}

/**
 * Splits one debtor–creditor (or one employer's) records into matters. Records with a project
 * name cluster by name likeness; differing years, numbers or streets in the names, or different
 * amounts reported in the same sweep, keep them apart. A record without a project joins the
 * matter whose amount it claims (0.99–1.25 times the surveyed amount, or within 10 % of an earlier
 * complaint's claim), else it is a matter of its own. For wage records, see ClusterMattersOptions. Returns a matter index per record and the evidence for each.
 * @example clusterMatters([{ project: '七宝农贸市场装修工程', amountFen: 100, period: '2026-04', anchor: true }, { project: null, amountFen: 100, period: '2026-05', anchor: false }]).matter //=> [0, 0]
 */
export function clusterMatters(records: readonly MatterRecord[], options: ClusterMattersOptions = { kind: 'sme' }): { matter: number[]; rule: string[]; score: number[] } {
  const wage = options.kind === 'wage';
  const matter = new Array<number>(records.length).fill(-1);
  const rule = new Array<string>(records.length).fill('seed');
  const score = new Array<number>(records.length).fill(1);
  const heads: Head[] = [];
  const join = (i: number, m: number, why: string, s: number) => {
    [matter[i], rule[i], score[i]] = [m, why, s];
    const { period, amountFen } = records[i]!;
    if (period && amountFen !== null && !heads[m]!.byPeriod.has(period)) heads[m]!.byPeriod.set(period, amountFen);
  };
  const open = (i: number, head: Head) => join(i, heads.push(head) - 1, 'seed', 1);
  const order = records.map((_, i) => i).sort((x, y) => Number(records[y]!.anchor) - Number(records[x]!.anchor) || x - y);
  for (const i of order) {
    const r = records[i]!;
    const head = describe(r.project, r.amountFen, r.anchor);
    if (!head.core) continue;
    let best = -1;
    let bestScore = 0;
    heads.forEach((h, m) => {
      const same = sameMatter(head, h);
      const sameSweep = r.period && r.amountFen !== null ? h.byPeriod.get(r.period) : undefined;
      if (!wage && sameSweep !== undefined && !near(sameSweep, r.amountFen!, SAME_SWEEP_TOLERANCE)) return;
      if (same.same && same.score > bestScore) [best, bestScore] = [m, same.score];
    });
    if (best >= 0) join(i, best, 'same_matter', bestScore);
    else open(i, head);
  }
  for (const i of order) {
    if (matter[i] !== -1) continue;
    const amount = records[i]!.amountFen;
    if (amount === null) {
      // Nothing to compare: the only matter between these parties, or a matter of its own.
      if (heads.length === 1) join(i, 0, 'same_parties', 0.8);
      else open(i, describe(null, null, false));
      continue;
    }
    let best = -1;
    let gap = Infinity;
    heads.forEach((h, m) => {
      if (h.amount === null) return;
      const ratio = amount / Math.max(h.amount, 1);
      const fits = h.surveyed && !wage ? ratio >= CLAIM_RATIO[0] && ratio <= CLAIM_RATIO[1] : near(amount, h.amount, REPEAT_CLAIM_TOLERANCE);
      if (fits && Math.abs(ratio - 1) < gap) [gap, best] = [Math.abs(ratio - 1), m];
    });
    if (best >= 0) join(i, best, 'amount_consistent', 1 - gap);
    else open(i, describe(null, amount, false));
  }
  return { matter, rule, score };
}
