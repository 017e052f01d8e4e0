import { bigramJaccard, jaroWinklerChars, levenshteinChars } from './char-similarity.js';
import { CLAIM_RATIO, REPEAT_CLAIM_TOLERANCE, SAME_SWEEP_TOLERANCE } from './cluster-matters.js';

/** How alike two names must be when counterpart, project and amount to the fen are all the same. */
export const CONTEXT_SIMILARITY = 0.5;
/** A matter shared by more spellings than this is too common to vouch for any of them. */
export const MAX_CONTEXT_GROUP = 6;
/** The score of a collective-evidence edge: above the fuzzy threshold, below every name rule. */
export const CONTEXT_SCORE = 0.91;
const NUMERALS = /[0-9一二三四五六七八九十〇零]+/gu;

/** What a shared matter is: the same amount to the fen, a claim on the same project, a wage site and months. */
export type ContextKind = 'amount' | 'claim' | 'site';

/** One spelling as the context rules read it, with the record it came in. */
export interface ContextParty {
  readonly coreName: string;
  readonly uscc: string | null;
  readonly usccValid: boolean;
  /** The record's amount (claim groups). */
  readonly amount?: number | null;
  /** Reported by a survey (its amount is the surveyed one) rather than claimed in a complaint. */
  readonly surveyed?: boolean | null;
}

const LABEL_SHORT: Readonly<Record<ContextKind, string>> = {
  amount: '',
  claim: '同一欠款事项（对方单位、项目相同，诉求金额与摸排金额相符）中的字号加行业简称',
  site: '同一欠薪事项（同一项目或工地、欠薪期间相同）中的字号加行业简称',
};
const LABEL: Readonly<Record<ContextKind, string>> = {
  amount: '同一欠款事项（对方单位、项目、金额均相同）中的相近名称',
  claim: '同一欠款事项（对方单位、项目相同，诉求金额与摸排金额相符）中仅差一字的名称',
  site: '同一欠薪事项（同一项目或工地、欠薪期间相同）中仅差一字的名称',
};

/**
 * Whether two amounts can be one matter's: a complaint claims 0.99–1.25 times the surveyed amount
 * (interest, penalties), two complaints within 15 % of each other, two surveys the same give or
 * take rounding.
 * @example amountsFit({ coreName: '', uscc: null, usccValid: false, amount: 100, surveyed: true }, { coreName: '', uscc: null, usccValid: false, amount: 109, surveyed: false }) //=> true
 */
export function amountsFit(x: ContextParty, y: ContextParty): boolean {
  if (x.amount == null || y.amount == null) return false;
  if (x.surveyed && y.surveyed) return Math.abs(x.amount - y.amount) <= SAME_SWEEP_TOLERANCE * Math.max(x.amount, y.amount);
  if (!x.surveyed && !y.surveyed) return Math.abs(x.amount - y.amount) <= REPEAT_CLAIM_TOLERANCE * Math.max(x.amount, y.amount);
  const [surveyed, claimed] = x.surveyed ? [x.amount, y.amount] : [y.amount, x.amount];
  const ratio = claimed / Math.max(surveyed, 1);
  return ratio >= CLAIM_RATIO[0] && ratio <= CLAIM_RATIO[1];
}

/**
 * Whether `short` abbreviates `long` the way firms are called by brand and trade: the same brand
 * (字号, the first two characters) and the rest of `short` found in order in the rest of `long`.
 * @example abbreviates('江豪装饰', '江豪建筑装饰工程') //=> true
 * @example abbreviates('江豪装饰', '江海建筑装饰工程') //=> false
 */
export function abbreviates(short: string, long: string): boolean {
  const s = Array.from(short);
  const l = Array.from(long);
  if (s.length < 3 || s.length >= l.length || s[0] !== l[0] || s[1] !== l[1]) return false;
  let at = 2;
  for (const ch of s.slice(2)) {
    while (at < l.length && l[at] !== ch) at++;
    if (at++ >= l.length) return false;
  }
  return true;
}

/**
 * Whether two spellings that stand in the same matter are one party written two ways. Never
 * across two valid USCCs or different numerals (第八/第五). Same amount to the fen: names at least
 * CONTEXT_SIMILARITY alike. A claim on the same project whose amount fits, or wage records of the
 * same site and months: weaker evidence, so only names one character apart (正晨/政晨市政工程) or
 * one the brand-and-trade abbreviation of the other (江豪装饰 / 江豪建筑装饰工程).
 * Returns the edge's evidence, or null.
 * @example judgeContextPair('amount', { coreName: '蕊中保洁服务', uscc: null, usccValid: false }, { coreName: '睿中保洁服务', uscc: null, usccValid: false })?.score //=> 0.91
 */
export function judgeContextPair(kind: ContextKind, x: ContextParty, y: ContextParty): { score: number; label: string } | null {
  if (x.usccValid && y.usccValid && x.uscc && y.uscc && x.uscc !== y.uscc) return null;
  if ((x.coreName.match(NUMERALS) ?? []).join() !== (y.coreName.match(NUMERALS) ?? []).join()) return null;
  if (kind === 'amount') {
    const s = Math.max(jaroWinklerChars(x.coreName, y.coreName), bigramJaccard(x.coreName, y.coreName));
    return s < CONTEXT_SIMILARITY ? null : { score: CONTEXT_SCORE, label: `${LABEL.amount}（相似度 ${s.toFixed(2)}）` };
  }
  if (kind === 'claim' && !amountsFit(x, y)) return null;
  if (levenshteinChars(x.coreName, y.coreName) <= 1) return { score: CONTEXT_SCORE, label: LABEL[kind] };
  if (abbreviates(x.coreName, y.coreName) || abbreviates(y.coreName, x.coreName)) return { score: CONTEXT_SCORE, label: LABEL_SHORT[kind] };
  return null;
}
