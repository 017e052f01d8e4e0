import { MINHANG_STREETS } from '../normalize/data/minhang-streets.js';
import { foldText, toOriginalSpan, type FoldedText, type Span } from './fold-text.js';
import { nameBarriers } from './name-barriers.js';

/** An enterprise or public body found by its ending (…有限公司, …局, …分公司), not by the dictionary. */
export interface NameCandidate {
  readonly kind: 'company' | 'branch' | 'body';
  /** Folded spelling. */
  readonly name: string;
  readonly suffix: string;
  /** Folded offsets. */
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

const BRANCH = '分公司|分店|分厂|办事处|营业部|项目经理部|项目部|分行|支行|指挥部';
const COMPANY = '股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司(?!法)|（有限合伙）|（普通合伙）|合伙企业|总厂|厂(?![房家区长商内里])|商行|经营部|工作室|事务所';
const BODY = '人民政府|政府|管理委员会|管委会|委员会|局(?![长面势部])|中心(?![城区位地])|卫生院|医院|学校|中学|小学|幼儿园|学院|大学|研究所|研究院|管理所|监督站|管理站|经济合作社|合作社|村委会|居委会|街道(?!办事处)|图书馆|文化馆|博物馆|体育馆|纪念馆|美术馆|集团(?!化)';
const SUFFIX = new RegExp(`${BRANCH}|${COMPANY}|${BODY}`, 'gu');
const BRANCH_SET = new Set(BRANCH.split('|'));
const BODY_SET = new Set(BODY.split('|').map((s) => s.replace(/\(.*$/u, '')));
const REGION = /^(?:中国|上海市|上海|闵行区|闵行|（上海）)+/u;
// A "name" that is only a pointer (该公司, 这家公司, 上海某公司) or, without a registered legal form, only a
// description (劳务公司, 小区物业公司); 上海银行股份有限公司 is a name, 上海物业公司 is not.
const POINTER = /^(?:该|这家?|那家?|此|本|我|我们|你们|他们|对方|其|一家|上述|涉事|有关|相关|同一|其他|别的|另一家|另外一家|两家|几家|多家|总|子|母|集团|控股|实业|股份)$|某/u;
const DESCRIPTION = new RegExp('^(?:小|大|新|老|原|所住|小区|物业|劳务|劳务派遣|装修|装饰|建筑|施工|快递|物流|家装|中介|培训|保洁|保安|开发|房产|房地产|地产|外包|投资|建设|工程|' +
  '科技|贸易|网络|电商|外卖|健身|教育|餐饮|服务|客服|管理|运输|租赁|设计|监理|咨询|广告|保险|银行|担保|贷款|信托|基金|财务|会计|律师|商贸|电器|家具|汽车|' +
  '总包|分包|空壳|皮包|购物|街道|镇|区|市|县|村|乡|项目|工地)+$', 'u');
const LEGAL_FORM = /有限|股份|合伙/u;
const AUTHORITY = /^(?:局|委员会|管理委员会|管委会|人民政府|政府)$/u;
const TOWN = new RegExp(`^(?:${MINHANG_STREETS.flatMap((s) => [s.name, ...s.aliases.filter((a) => /(?:街道|镇|工业区)$/u.test(a))]).join('|')})`, 'u');
const MAX_LENGTH = 40;
const MAX_BRANCH_GAP = 10;

/**
 * Enterprise and public-body names in a text, found by their legal-form or institutional ending and
 * bounded on the left by punctuation and the words callers put before a name (拖欠, 为, 我公司 …).
 * A branch (…闵行分公司) keeps its parent's name in front. Offsets are in the folded text.
 * @example findEnterpriseNames('我公司为上海宏达建材有限公司供货').map((c) => c.name) //=> ['上海宏达建材有限公司']
 */
export function findEnterpriseNames(input: string | FoldedText): readonly NameCandidate[] {
  const folded = typeof input === 'string' ? foldText(input) : input;
  const text = folded.text;
  const barriers = nameBarriers(text);
  const found: { kind: NameCandidate['kind']; start: number; end: number; suffix: string }[] = [];
  let companyEnd = 0; // a name ending in 公司 ends the next name's room to the left
  let authorityEnd = -1; // the end of the last …局/…委员会/…政府
  for (const m of text.matchAll(SUFFIX)) {
    const suffix = m[0];
    const s = m.index;
    const e = s + suffix.length;
    const kind = BRANCH_SET.has(suffix) ? 'branch' : BODY_SET.has(suffix) ? 'body' : 'company';
    let left = insideBrackets(text, Math.max(barriers[s]!, companyEnd), s);
    const previous = found.at(-1);
    if (kind === 'branch' && previous !== undefined && previous.end <= s && s - previous.end <= MAX_BRANCH_GAP && left <= previous.end) {
      found[found.length - 1] = { kind, start: previous.start, end: e, suffix };
      if (suffix.endsWith('公司')) companyEnd = e;
      continue;
    }
    left = restartAtRegion(text, left, s);
    // 区教育局华漕镇中心小学: a school in a town after an authority is a place of its own.
    if (kind === 'body' && authorityEnd > left && TOWN.test(text.slice(authorityEnd, s))) left = authorityEnd;
    // A public body's region is part of what it is (闵行区教育局); a company's is not (上海物业公司).
    const core = kind === 'body' ? text.slice(left, s) : text.slice(left, s).replace(REGION, '');
    if (suffix.endsWith('公司')) companyEnd = e;
    if (AUTHORITY.test(suffix)) authorityEnd = e;
    // 区教育局 is a body however plain its words; 物业中心 and 劳务公司 are descriptions.
    const official = kind === 'body' && /^(?:区|市|县|闵行|上海)/u.test(core);
    const generic = POINTER.test(core) || (!LEGAL_FORM.test(suffix) && !official && DESCRIPTION.test(core));
    if ([...core].length < 2 || generic || e - left > MAX_LENGTH || !/\p{L}/u.test(core)) continue;
    found.push({ kind, start: left, end: e, suffix });
  }
  return keepLongest(found).map((c) => ({ ...c, name: text.slice(c.start, c.end), span: toOriginalSpan(folded, c.start, c.end) }));
}

// An opening bracket with no closing one before the ending starts the name (我公司（上海宏达有限公司）);
// a closed pair inside it, like （上海） or （集团）, is part of the name.
function insideBrackets(text: string, left: number, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= left; i--) {
    const c = text[i];
    if (c === '）') depth++;
    else if (c === '（') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  if (depth > 0) {
    const close = text.lastIndexOf('）', end - 1);
    return close >= left ? close + 1 : left;
  }
  return left;
}

// 区建管委和上海宏达有限公司: a region word right after a body's ending or a conjunction starts a new name.
function restartAtRegion(text: string, left: number, end: number): number {
  const slice = text.slice(left, end);
  const at = slice.search(/(?<=[和及同与跟委局府心院校])(?:上海|闵行区)/u);
  return at > 0 ? left + at : left;
}

function keepLongest<T extends { start: number; end: number }>(found: T[]): T[] {
  const ordered = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const c of ordered) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
