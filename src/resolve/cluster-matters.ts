import { normalizeText, stripSpaces } from '../normalize/normalize-text.js';
import { bigramJaccard } from './char-similarity.js';

/** One record as matter clustering sees it: the parties' pair is already the same. */
export interface MatterRecord {
  readonly project: string | null;
  readonly amountFen: number | null;
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

/** How far apart two amounts may be and still be one matter: a complaint often claims interest and penalties (违约金) on top. */
export const AMOUNT_TOLERANCE = 0.25;

function sameMatter(a: string, b: string): { same: boolean; score: number } {
  if (a === b) return { same: true, score: 1 };
  if ((a.match(NUMBERS) ?? []).join(',') !== (b.match(NUMBERS) ?? []).join(',')) return { same: false, score: 0 };
  if (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a))) return { same: true, score: 0.9 };
  const s = bigramJaccard(a, b);
  return { same: s >= MATTER_THRESHOLD, score: s };
}

/**
 * Splits one debtor–creditor (or one employer's) records into matters. Records with a project
 * name cluster by name likeness (differing years or numbers keep them apart); a record without
 * one joins the matter whose amount agrees within 25 %, else it is a matter of its own. Returns a matter index per record and the evidence for each.
 * @example clusterMatters([{ project: '七宝农贸市场装修工程', amountFen: 100, anchor: true }, { project: null, amountFen: 100, anchor: false }]).matter //=> [0, 0]
 */
export function clusterMatters(records: readonly MatterRecord[]): { matter: number[]; rule: string[]; score: number[] } {
  const matter = new Array<number>(records.length).fill(-1);
  const rule = new Array<string>(records.length).fill('seed');
  const score = new Array<number>(records.length).fill(1);
  const heads: { core: string; amount: number | null }[] = [];
  const order = records.map((_, i) => i).sort((x, y) => Number(records[y]!.anchor) - Number(records[x]!.anchor) || x - y);
  for (const i of order) {
    const core = projectCore(records[i]!.project);
    if (!core) continue;
    let best = -1;
    let bestScore = 0;
    heads.forEach((h, m) => {
      const r = sameMatter(core, h.core);
      if (r.same && r.score > bestScore) [best, bestScore] = [m, r.score];
    });
    if (best >= 0) [matter[i], rule[i], score[i]] = [best, 'same_matter', bestScore];
    else matter[i] = heads.push({ core, amount: records[i]!.amountFen }) - 1;
  }
  for (const i of order) {
    if (matter[i] !== -1) continue;
    if (heads.length === 0) {
      matter[i] = heads.push({ core: '', amount: records[i]!.amountFen }) - 1;
      continue;
    }
    const amount = records[i]!.amountFen;
    if (amount === null) {
      // Nothing to compare: the only matter between these parties, or a matter of its own.
      if (heads.length === 1) [matter[i], rule[i], score[i]] = [0, 'same_parties', 0.8];
      else matter[i] = heads.push({ core: '', amount: null }) - 1;
      continue;
    }
    let best = -1;
    let gap = Infinity;
    heads.forEach((h, m) => {
      const g = h.amount === null ? Infinity : Math.abs(h.amount - amount);
      if (g < gap && g <= AMOUNT_TOLERANCE * Math.max(h.amount!, amount)) [gap, best] = [g, m];
    });
    if (best >= 0) [matter[i], rule[i], score[i]] = [best, 'amount_consistent', 1 - gap / Math.max(amount, 1)];
    else matter[i] = heads.push({ core: '', amount }) - 1;
  }
  return { matter, rule, score };
}
