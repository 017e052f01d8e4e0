import type { EnterpriseDictionary } from './enterprise-dictionary.js';
import { expandLocalBody } from './expand-local-body.js';
import { toOriginalSpan, type FoldedText, type Span } from './fold-text.js';
import { nameBarriers } from './name-barriers.js';
import { findEnterpriseNames } from './name-patterns.js';

/** An enterprise or body named in a text, from the dictionary or from a name pattern. Offsets are folded. */
export interface EnterpriseMention {
  readonly start: number;
  readonly end: number;
  readonly span: Span;
  /** Folded text of the mention. */
  readonly written: string;
  /** Legal name (dictionary, branch ending kept) or the cleaned written name. */
  readonly name: string;
  readonly entityId: string | null;
  readonly source: 'dictionary' | 'pattern';
  readonly kind: 'company' | 'branch' | 'body' | 'short';
  /** How sure the mention is an enterprise at all, before any role cue. */
  readonly quality: number;
}

type DictionaryMention = EnterpriseMention & { readonly legal: boolean };

const REGION_BEFORE = /(?:上海市闵行区|上海市|上海|闵行区|闵行)$/u;
const FORM_AFTER = /^(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|股份公司|集团|公司)/u;
const BRANCH_AFTER = /^[\p{Script=Han}A-Za-z0-9]{0,10}?(?:分公司|分店|分厂|营业部|办事处|项目经理部|项目部|分行|支行|工程局|分局)/u;
// A short name followed by these is a place (徐家汇路, 七宝镇), not the company of that name.
const PLACE_AFTER = /^(?:路|街|大街|镇|站|村|小区|广场|公园|大道|桥|地铁|新村|花园|苑)/u;
const BODY = /(?:局|委员会|政府|办事处|管委会|中心|医院|卫生院|学校|中学|小学|幼儿园|学院|大学|研究所|研究院|管理所|监督站|合作社|馆)$/u;
// 浦锦街道 names the street office in 浦锦街道拖欠…, but 浦锦街道写字楼 is a building and 浦锦街道浦锦路
// an address: a place name counts as the body only before punctuation or a verb.
const PLACE_NAME = /(?:街道|镇|工业区|园区|村)$/u;
const AS_BODY = /^(?:$|[^\p{Script=Han}]|拖欠|欠|未|至今|尚|仍|还|一直|迟迟|的|以|称|作为|发包|委托|于|与|和|及|签|承诺|表示|答复|负责|已|仅|只|才|目前|从|将|把|对|向|给|为|是|也|都|就|又|再|并|但|却|拒|不|没)/u;
const DEPARTMENT = /(?<=公司|局|中心)[\p{Script=Han}A-Za-z0-9]{0,12}?(?:项目经理部|项目部|指挥部)$/u;

/**
 * Every enterprise named in a folded text: dictionary names (extended over a region in front, a
 * legal-form ending or a branch behind) and pattern names, non-overlapping, the longer winning.
 * Where both end at the same place, a dictionary legal name wins; a dictionary core or short name
 * loses to a pattern name with more in front of it (园林绿化, a listed company's core name, inside
 * 上海富南园林绿化有限公司 is not that company).
 * @example findMentions(foldText('中国建筑闵行分公司拖欠货款'), buildEnterpriseDictionary([{ entityId: 'E1', names: ['中国建筑股份有限公司', '中国建筑'] }]))[0].name //=> '中国建筑股份有限公司闵行分公司'
 */
export function findMentions(folded: FoldedText, dictionary: EnterpriseDictionary | null): readonly EnterpriseMention[] {
  const text = folded.text;
  const barriers = nameBarriers(text);
  const fromDictionary: DictionaryMention[] = [];
  for (const m of dictionary?.match(folded) ?? []) {
    let start = m.start;
    let end = m.end;
    const region = REGION_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    if (region && !m.matched.startsWith('上海') && !m.matched.startsWith('闵行')) start -= region[0].length;
    const form = FORM_AFTER.exec(text.slice(end, end + 10));
    if (form) end += form[0].length;
    const branch = BRANCH_AFTER.exec(text.slice(end, end + 16));
    const isBranch = branch !== null && barriers[end + branch[0].length - 1]! <= end;
    if (isBranch) end += branch[0].length;
    const shortName = [...m.matched].length <= 3 && form === null;
    const after = text.slice(end, end + 4);
    if ((shortName && PLACE_AFTER.test(after)) || (PLACE_NAME.test(m.matched) && !AS_BODY.test(after))) continue;
    fromDictionary.push({
      start, end, span: toOriginalSpan(folded, start, end), written: text.slice(start, end),
      name: stripDepartment(m.name + (isBranch ? branch![0] : '')), entityId: m.entityId, source: 'dictionary',
      kind: isBranch ? 'branch' : shortName ? 'short' : BODY.test(m.name) ? 'body' : 'company',
      quality: m.entityId === null ? 0.7 : m.nameIndex === 0 || form !== null ? 0.97 : shortName ? 0.8 : 0.92,
      legal: m.nameIndex === 0 && form === null,
    });
  }
  const patterns = findEnterpriseNames(folded);
  const losers = new Set<number>(); // ends where a pattern name beats the dictionary
  const fromPatterns: EnterpriseMention[] = [];
  for (const c of patterns) {
    const rival = fromDictionary.find((d) => d.end === c.end);
    if (rival !== undefined && (rival.legal || c.start >= rival.start)) continue;
    // A complete legal name is where a name stops: 上海市闵行区吴泾医院 does not run on into 吴泾镇幼儿园.
    if (fromDictionary.some((d) => d.legal && d.start === c.start && d.end < c.end)) continue;
    // 江川路街道 alone names the street office; any other …街道 is an address.
    if (c.suffix === '街道' && (expandLocalBody(c.name) === c.name || !AS_BODY.test(text.slice(c.end, c.end + 4)))) continue;
    if (rival !== undefined) losers.add(rival.end);
    fromPatterns.push({
      start: c.start, end: c.end, span: c.span, written: c.name, name: expandLocalBody(stripDepartment(c.name)), entityId: null,
      source: 'pattern', kind: c.kind, quality: c.kind === 'body' ? 0.85 : /有限|股份|合伙/u.test(c.suffix) || c.kind === 'branch' ? 0.9 : 0.82,
    });
  }
  const kept = fromDictionary.filter((d) => !losers.has(d.end)).map(({ legal: _legal, ...m }) => m);
  return keepLongest([...kept, ...fromPatterns]);
}

// A project department (…公司XX项目部) is not a legal person: the company behind it is the party.
function stripDepartment(name: string): string {
  return name.replace(DEPARTMENT, '');
}

function keepLongest(all: EnterpriseMention[]): EnterpriseMention[] {
  const ordered = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.source === 'dictionary' ? -1 : 1));
  const kept: EnterpriseMention[] = [];
  for (const m of ordered) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
