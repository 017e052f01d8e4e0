import { REGION_PREFIXES } from '../normalize/normalize-enterprise-name.js';
import { bigramJaccard, jaroWinklerChars, levenshteinChars } from './char-similarity.js';

/** What the comparison reads of one record: its normalized name (EnterpriseName) and its USCC. */
export interface NameFacts {
  readonly coreName: string;
  readonly legalName: string;
  /** From EnterpriseName; two different regions (上海 / 重庆农村商业银行) are two companies. */
  readonly regionPrefix: string | null;
  readonly uscc: string | null;
  /** Checksum ok: only then is a differing code evidence of two entities. */
  readonly usccValid: boolean;
  readonly branchOf: string | null;
}

export type ComparisonLevel = 'uscc_equal' | 'uscc_conflict' | 'core_equal' | 'core_contains' | 'core_fuzzy' | 'different';

/** One comparison level, Splink-style: the rule that fired, its score and a label a clerk can read. */
export interface Comparison {
  readonly level: ComparisonLevel;
  /** 0 when a guard rules a match out; for 'different' otherwise the similarity, below FUZZY_THRESHOLD. */
  readonly score: number;
  readonly label: string;
}

export interface CompareNamesOptions {
  /** Known short names (简称 → core name it stands for), e.g. from a reference list of listed companies. */
  readonly knownShortNames?: ReadonlyMap<string, string>;
}

/**
 * Lowest max(Jaro–Winkler, bigram Jaccard) for 'core_fuzzy'. Chosen on companies.tsv, one-typo
 * variants against different companies in the same block, after the guards below: precision 0.87
 * at 0.85, 0.96 at 0.88, 0.98 at 0.9 (recall of typos 0.76 / 0.68 / 0.62). A false merge joins two
 * debtors' arrears; a missed one is a duplicate a clerk can still link. `resolve-bench.ts thresholds`.
 */
export const FUZZY_THRESHOLD = 0.9;

const CORE_EQUAL = 0.99;
const CORE_CONTAINS = 0.9;
const FUZZY_CAP = 0.98; // a near-miss never outranks an exact core
const MIN_CONTAINED_RATIO = 0.4;
// Numerals number sibling entities (第八/第五工程局, 二十四局): a different number is a different body.
const NUMERALS = /[0-9一二三四五六七八九十〇零]+/gu;
const HAS_NUMERAL = /[0-9一二三四五六七八九十〇零]/u;
const REGION_FORM = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|新区|省|市|区)$/u;

// Labels by similarity in hundredths, built once: the scorer runs on millions of pairs.
const FUZZY_LABELS: string[] = [];
const DIFFERENT_LABELS: string[] = [];

const result = (level: ComparisonLevel, score: number, label: string): Comparison => ({ level, score, label });

function commonSuffixLength(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800) n--; // a surrogate pair is one character
  return n;
}

function regionTokens(prefix: string): string[] {
  const tokens: string[] = [];
  for (let rest = prefix; rest !== ''; ) {
    const p = REGION_PREFIXES.find((r) => rest.startsWith(r));
    if (p === undefined) break;
    tokens.push(p.replace(REGION_FORM, '') || p);
    rest = rest.slice(p.length);
  }
  return tokens;
}

/** Regions conflict when both are named and share nothing: 广东省深圳市 and 深圳 agree. */
function regionsConflict(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return false;
  const ta = regionTokens(a);
  const tb = regionTokens(b);
  return ta.length > 0 && tb.length > 0 && !ta.some((t) => tb.includes(t));
}

// Short cores are whole brand words (华为/华力, 江铃汽车/江淮汽车): one changed character there is
// another company as often as a typo, so edits are only tolerated in longer cores.
function allowedEdits(shorterLength: number): number {
  return shorterLength < 4 ? 0 : shorterLength < 10 ? 1 : 2;
}

/**
 * False when two different core names can reach neither core_contains nor core_fuzzy whatever
 * else they share: a cheap test on lengths that spares compareNames most blocked pairs (two names
 * that are not a prefix pair differ in length by more than the edits allowed).
 * @example couldMatch('万科', '万科企业') //=> true
 * @example couldMatch('华为技术', '中兴通讯设备') //=> false
 */
export function couldMatch(x: string, y: string): boolean {
  const lengthX = charCount(x);
  const lengthY = charCount(y);
  const shortLength = Math.min(lengthX, lengthY);
  if (shortLength >= 2 && (lengthX <= lengthY ? y.startsWith(x) : x.startsWith(y))) return true;
  return shortLength >= 4 && Math.abs(lengthX - lengthY) <= allowedEdits(shortLength);
}

function compareBranches(a: NameFacts, b: NameFacts): Comparison {
  if (a.branchOf === null || b.branchOf === null) {
    // A branch (分公司) is registered on its own; the link to its head office is kept in branchOf.
    return result('different', 0, '分支机构与总机构（不合并）');
  }
  const sameBranch = a.legalName.slice(a.branchOf.length) === b.legalName.slice(b.branchOf.length);
  return sameBranch && a.coreName === b.coreName
    ? result('core_equal', CORE_EQUAL, '同一机构的同名分支机构')
    : result('different', 0, '不同分支机构');
}

/**
 * Compare two enterprise names (and USCCs) and return the comparison level that applies, checked
 * in order: USCC, branch, region, equal core, numerals, short name, containment, fuzzy. In the
 * examples `facts(n)` is normalizeEnterpriseName(n).value with `uscc: null, usccValid: false`.
 * @example compareNames(facts('万科企业股份有限公司'), facts('万科')) //=> { level: 'core_contains', score: 0.9, label: '简称包含于全称' }
 * @example compareNames(facts('中国建筑第八工程局有限公司'), facts('中国建筑第五工程局有限公司')).level //=> 'different'
 */
export function compareNames(a: NameFacts, b: NameFacts, options: CompareNamesOptions = {}): Comparison {
  if (a.usccValid && b.usccValid && a.uscc !== null && b.uscc !== null) {
    return a.uscc === b.uscc
      ? result('uscc_equal', 1, '统一社会信用代码相同')
      : result('uscc_conflict', 0, '统一社会信用代码不同（不得合并）');
  }
  if ((a.branchOf !== null || b.branchOf !== null) && a.legalName !== b.legalName) return compareBranches(a, b);
  if (regionsConflict(a.regionPrefix, b.regionPrefix)) {
    return result('different', 0, `所在地区不同（${a.regionPrefix}／${b.regionPrefix}）`);
  }
  const x = a.coreName;
  const y = b.coreName;
  if (x === y) return result('core_equal', CORE_EQUAL, '核心名称相同');
  if (HAS_NUMERAL.test(x) && HAS_NUMERAL.test(y)) {
    const numeralsX = x.match(NUMERALS)!.join('、');
    const numeralsY = y.match(NUMERALS)!.join('、');
    if (numeralsX !== numeralsY) return result('different', 0, `名称中的序号不同（${numeralsX}／${numeralsY}）`);
  }
  const lengthX = charCount(x);
  const lengthY = charCount(y);
  const [short, long, shortLength, longLength] = lengthX <= lengthY ? [x, y, lengthX, lengthY] : [y, x, lengthY, lengthX];
  if (options.knownShortNames?.get(short) === long) return result('core_contains', CORE_CONTAINS, '已知简称对应全称');
  // Only as a prefix: the brand (字号) leads a Chinese name, so a match at the end is the trade
  // (热电 in 南山热电) and names another company far more often than not.
  if (shortLength >= 2 && shortLength >= MIN_CONTAINED_RATIO * longLength && long.startsWith(short)) {
    return result('core_contains', CORE_CONTAINS, '简称包含于全称');
  }
  if (shortLength < 4) return result('different', 0, '核心名称过短（不足4字），不作近似比较');
  // The brand (字号) leads the name and is what tells firms apart: 兴睿 and 宏睿建筑装饰工程 are two
  // companies. When the names differ only inside a short brand, names alone cannot tell a typo from
  // a neighbour; only shared context (context-edges.ts) may join them.
  const tail = commonSuffixLength(x, y);
  if (tail >= 2 && Math.max(lengthX, lengthY) - tail <= 3) return result('different', 0, '字号不同（名称仅字号有别）');
  const edits = levenshteinChars(x, y);
  if (edits > allowedEdits(shortLength)) return result('different', 0, `核心名称相差 ${edits} 字`);
  const similarity = Math.max(jaroWinklerChars(x, y), bigramJaccard(x, y));
  const shown = Math.floor(similarity * 100); // floored, so 0.899 never reads as the threshold 0.90
  return similarity >= FUZZY_THRESHOLD
    ? result('core_fuzzy', Math.min(similarity, FUZZY_CAP), (FUZZY_LABELS[shown] ??= `核心名称相近（相似度 ${(shown / 100).toFixed(2)}）`))
    : result('different', similarity, (DIFFERENT_LABELS[shown] ??= `核心名称不同（相似度 ${(shown / 100).toFixed(2)}）`));
}
