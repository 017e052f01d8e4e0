import { SOURCE_FIELDS, REQUIRED_FIELDS, type FieldAlias, type SourceKind } from '../../schemas/header-aliases.js';
import { normalizeHeader, type NormalizedHeader } from './normalize-header.js';

/** One column that landed on a canonical field. */
export interface MatchedColumn {
  readonly field: string;
  readonly index: number;
  /** The header as the file wrote it (merged header rows joined), for rejects and messages. */
  readonly label: string;
  readonly unit: NormalizedHeader['unit'];
  readonly score: number;
}

export interface HeaderMatch {
  readonly source: SourceKind;
  readonly columns: readonly MatchedColumn[];
  readonly missing: readonly string[];
  readonly labels: readonly string[];
}

const EXACT = 100;
const INHERITED = 30;

const ATTRIBUTE_WORDS: Readonly<Record<NonNullable<FieldAlias['attribute']>, readonly string[]>> = {
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码', '组织机构代码'],
  type: ['类型', '性质', '类别'],
  size: ['规模'],
  contact: ['联系人'],
  phone: ['电话', '手机', '联系方式'],
};

function scoreAlias(alias: FieldAlias, h: NormalizedHeader): number {
  if (!h.text) return 0;
  if (alias.exact?.some((e) => e === h.text || e === h.bare)) return EXACT;
  if (!alias.all) return 0;
  if (alias.none?.some((w) => h.text.includes(w))) return 0;
  let score = 10;
  for (const group of alias.all) {
    const hit = group.filter((w) => h.text.includes(w)).reduce((best, w) => Math.max(best, w.length), 0);
    if (hit === 0) return 0;
    score += hit;
  }
  return score;
}

function attributeOf(h: NormalizedHeader): FieldAlias['attribute'] | undefined {
  for (const [attr, words] of Object.entries(ATTRIBUTE_WORDS)) {
    if (words.some((w) => h.text.includes(w)) && !/欠款类型|账款类型/.test(h.text)) return attr as FieldAlias['attribute'];
  }
  return undefined;
}

/**
 * Matches a header row to a source's canonical fields: exact aliases, then concepts, then
 * attribute columns that inherit the role of the column to their left. Each field takes at most
 * one column and each column at most one field, best score first.
 * @example matchHeader(['序号', '欠款单位名称', '中小企业名称', '欠款金额（万元）'], 'survey').missing //=> []
 */
export function matchHeader(labels: readonly string[], source: SourceKind): HeaderMatch {
  const aliases = SOURCE_FIELDS[source];
  const headers = labels.map(normalizeHeader);
  const candidates: { field: string; index: number; score: number; role?: string }[] = [];
  let role: string | undefined;
  headers.forEach((h, index) => {
    let best: { alias: FieldAlias; score: number } | undefined;
    for (const alias of aliases) {
      const score = scoreAlias(alias, h);
      if (score > 0) {
        candidates.push({ field: alias.field, index, score, role: alias.role });
        if (!best || score > best.score) best = { alias, score };
      }
    }
    if (best?.alias.role) role = best.alias.role;
    else if (role) {
      const attr = attributeOf(h);
      const inherited = attr && aliases.find((a) => a.role === role && a.attribute === attr);
      if (inherited) candidates.push({ field: inherited.field, index, score: INHERITED });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const taken = new Set<number>();
  const columns = new Map<string, MatchedColumn>();
  for (const c of candidates) {
    if (taken.has(c.index) || columns.has(c.field)) continue;
    taken.add(c.index);
    columns.set(c.field, { field: c.field, index: c.index, label: labels[c.index] ?? '', unit: headers[c.index]!.unit, score: c.score });
  }
  const missing = REQUIRED_FIELDS[source].filter((f) => !columns.has(f));
  return { source, columns: [...columns.values()].sort((a, b) => a.index - b.index), missing, labels };
}

/** The best source for a header, or the forced one; `missing` says what a forced source lacks. */
export function bestHeaderMatch(labels: readonly string[], forced?: SourceKind): HeaderMatch {
  if (forced) return matchHeader(labels, forced);
  const all = (Object.keys(SOURCE_FIELDS) as SourceKind[]).map((s) => matchHeader(labels, s));
  all.sort((a, b) => a.missing.length - b.missing.length || b.columns.length - a.columns.length);
  return all[0]!;
}
