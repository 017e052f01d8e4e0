import { normalizeText, stripSpaces } from './normalize-text.js';
import { ok, fail, type Result } from './result.js';

export interface EnterpriseName {
  /** The registered spelling: NFKC, no whitespace, full-width （） brackets. */
  readonly legalName: string;
  /** Blocking key: no region prefix, bracketed insert or legal-form suffix. Branches carry their parent's. */
  readonly coreName: string;
  /** For a branch, regionPrefix and legalForm describe the parent. */
  readonly regionPrefix: string | null;
  readonly legalForm: string | null;
  /** For a branch (分公司, 办事处 …): the parent's legal name. */
  readonly branchOf: string | null;
}

const PROVINCES = '河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾';
const AUTONOMOUS = '内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 内蒙古 广西 西藏 宁夏 新疆 香港 澳门';
const CITIES =
  '北京 天津 上海 重庆 深圳 广州 杭州 南京 苏州 武汉 成都 西安 厦门 宁波 青岛 大连 无锡 合肥 长沙 郑州 济南 福州 ' +
  '沈阳 哈尔滨 长春 昆明 南昌 南宁 贵阳 石家庄 太原 兰州 乌鲁木齐 呼和浩特 银川 西宁 拉萨 海口 珠海 佛山 东莞 ' +
  '常州 南通 绍兴 嘉兴 温州 金华 台州 昆山 烟台';
const SHANGHAI_DISTRICTS =
  '黄浦区 徐汇区 长宁区 静安区 普陀区 虹口区 杨浦区 闵行区 宝山区 嘉定区 浦东新区 金山区 松江区 青浦区 奉贤区 崇明区 闵行';

/** Region words stripped from the start of a name, longest first; combinations (上海市闵行区) strip in turns. */
export const REGION_PREFIXES: readonly string[] = [
  '中国',
  ...PROVINCES.split(' ').flatMap((p) => [`${p}省`, p]),
  ...AUTONOMOUS.split(' '),
  ...CITIES.split(' ').flatMap((c) => [`${c}市`, c]),
  ...SHANGHAI_DISTRICTS.split(' '),
].sort((a, b) => b.length - a.length);

/** Legal-form endings, longest first; matched against the end of the string, never as tokens. */
export const LEGAL_FORM_SUFFIXES: readonly string[] = [
  '集团股份有限公司', '集团有限责任公司', '集团股份公司', '股份有限公司', '有限责任公司', '集团有限公司',
  '合伙企业（有限合伙）', '合伙企业（普通合伙）', '（有限合伙）', '（普通合伙）', '合伙企业', '有限合伙', '集团公司', '有限公司', '股份公司', '分公司', '总公司', '公司', '总厂', '分厂', '厂',
].sort((a, b) => b.length - a.length);

// 支行/分行 are added to the brief's list: banks register their branches that way.
const BRANCH_MARKERS = ['分公司', '办事处', '分厂', '分店', '营业部', '分行', '支行'];
// The end of a parent's name inside a branch name; the last one found is where the parent stops.
const PARENT_ENDINGS = ['公司', '厂', '合伙）', '合伙企业', '有限合伙'];
const INSTITUTION_ENDINGS = [
  '局', '政府', '委员会', '管委会', '办事处', '办公室', '中心', '医院', '卫生院', '学校', '中学', '小学',
  '幼儿园', '大学', '学院', '研究所', '研究院', '人民法院', '人民检察院', '馆',
];
// Below this length a core is a generic word (银行, 电气, 建工) shared by unrelated companies.
const MIN_CORE_AFTER_REGION = 3;
const HOME_MUNICIPALITY = /^上海市?(?=.)/;

// Buckets of a longest-first list by the character a match must start (or end) with: the first
// match in a bucket is the first match in the whole list, found without trying the rest.
function byChar(list: readonly string[], at: (s: string) => string): ReadonlyMap<string, readonly string[]> {
  const buckets = new Map<string, string[]>();
  for (const s of list) {
    const bucket = buckets.get(at(s)) ?? [];
    bucket.push(s);
    buckets.set(at(s), bucket);
  }
  return buckets;
}
const PREFIXES_BY_FIRST = byChar(REGION_PREFIXES, (s) => s.charAt(0));
const SUFFIXES_BY_LAST = byChar(LEGAL_FORM_SUFFIXES, (s) => s.charAt(s.length - 1));
const NO_BUCKET: readonly string[] = [];
const prefixOf = (s: string) => (PREFIXES_BY_FIRST.get(s.charAt(0)) ?? NO_BUCKET).find((p) => s.startsWith(p));
const suffixOf = (s: string) => (SUFFIXES_BY_LAST.get(s.charAt(s.length - 1)) ?? NO_BUCKET).find((x) => s.endsWith(x));

// Printable ASCII but for ( ) [ ], CJK unified ideographs and full-width （ ）: cleanName leaves a
// name of only these as it is (NFKC keeps them, or turns （） into () and back).
const CLEAN = /^[!-'*-Z\\^-~\u4e00-\u9fff\uff08\uff09]*$/;

function cleanName(input: string): string {
  if (CLEAN.test(input)) return input;
  // Removing spaces can let a combining mark meet its base letter, so repeat until nothing changes.
  let current = input;
  for (let i = 0; i < 8; i++) {
    const next = stripSpaces(normalizeText(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

function findBranchParent(legalName: string): string | null {
  const marker = BRANCH_MARKERS.find((m) => legalName.endsWith(m) && legalName.length > m.length);
  if (marker === undefined) return null;
  const rest = legalName.slice(0, -marker.length);
  let end = -1;
  for (const ending of PARENT_ENDINGS) {
    const at = rest.lastIndexOf(ending);
    if (at > 0) end = Math.max(end, at + ending.length);
  }
  return end > 0 ? rest.slice(0, end) : null;
}

function removeBrackets(name: string): string {
  let current = name;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(/（[^（）]*）/g, '');
  }
  return current;
}

function stripRegion(name: string): { core: string; region: string | null } {
  let core = name;
  let region = '';
  for (let turn = 0; turn < 3; turn++) {
    // The longest match decides; a shorter one would cut mid-word (深圳市振业 → 市振业).
    const prefix = prefixOf(core);
    if (prefix === undefined || core.length - prefix.length < MIN_CORE_AFTER_REGION) break;
    region += prefix;
    core = core.slice(prefix.length);
  }
  return { core, region: region === '' ? null : region };
}

function analyse(legalName: string): Omit<EnterpriseName, 'legalName'> {
  const parent = findBranchParent(legalName);
  if (parent !== null) {
    const { coreName, regionPrefix, legalForm } = analyse(parent);
    return { coreName, regionPrefix, legalForm, branchOf: parent };
  }
  const legalForm = suffixOf(legalName) ?? null;
  if (legalForm === null && INSTITUTION_ENDINGS.some((e) => legalName.endsWith(e))) {
    // A public body's locality is part of its identity (闵行区人民政府 ≠ 徐汇区人民政府); only the home
    // municipality, which the district's records often omit, is dropped.
    const region = HOME_MUNICIPALITY.exec(legalName)?.[0] ?? null;
    return { coreName: legalName.slice(region?.length ?? 0), regionPrefix: region, legalForm: null, branchOf: null };
  }
  // Bracketed inserts are regions (（上海）), group marks (（集团）) or partnership forms.
  const unbracketed = removeBrackets(legalName) || legalName;
  const form = suffixOf(unbracketed);
  // A name that is nothing but a legal form (有限公司) keeps it rather than shrinking to 有限.
  const withoutForm = form === undefined || form === unbracketed ? unbracketed : unbracketed.slice(0, -form.length);
  const { core, region } = stripRegion(withoutForm);
  return { coreName: core, regionPrefix: region, legalForm: legalForm ?? form ?? null, branchOf: null };
}

/**
 * Clean an enterprise or institution name and derive the key used to block candidate matches.
 * A branch's coreName is its parent's, so branches and their head office land in one block; the
 * scorer still sees the different legal names.
 * @example normalizeEnterpriseName('华为技术 (上海) 有限公司') //=> { ok: true, value: { legalName: '华为技术（上海）有限公司', coreName: '华为技术', regionPrefix: null, legalForm: '有限公司', branchOf: null } }
 * @example normalizeEnterpriseName('上海建工集团股份有限公司闵行分公司').value.branchOf //=> '上海建工集团股份有限公司'
 */
export function normalizeEnterpriseName(input: unknown): Result<EnterpriseName> {
  if (typeof input !== 'string') return fail('企业名称不是文本');
  const legalName = cleanName(input);
  if (legalName === '') return fail('企业名称为空');
  if (!/\p{L}/u.test(legalName)) return fail(`企业名称不含文字：${legalName}`);
  return ok({ legalName, ...analyse(legalName) });
}
