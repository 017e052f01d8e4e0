import { normalizeEnterpriseName } from './normalize-enterprise-name.js';
import { normalizeUscc } from './normalize-uscc.js';
import { ok, fail, type Result } from './result.js';

export type DebtorClass = '机关' | '事业单位' | '国有企业' | '大型企业' | '平台公司' | '其他';

/** Words that make a name that is not a company a government organ (机关). */
export const ORGAN_CUES: readonly string[] = [
  '人民政府', '人民法院', '人民检察院', '人民代表大会', '委员会', '管委会', '街道办事处', '办公室', '局',
];

/** Words that make a name that is not a company a public institution (事业单位). */
export const INSTITUTION_CUES: readonly string[] = [
  '医院', '卫生院', '学校', '中学', '小学', '幼儿园', '大学', '学院', '党校', '研究所', '研究院', '中心',
  '图书馆', '博物馆', '文化馆', '档案馆', '纪念馆', '美术馆', '科技馆', '管理站', '监测站', '防疫站', '农技站',
];

/** Village, residents' and owners' committees are self-governing, neither organ nor institution. */
export const SELF_GOVERNING_CUES: readonly string[] = ['村民委员会', '居民委员会', '村委会', '居委会', '业主委员会'];

/** Local-government financing vehicles (城投 and the like); checked before SOE cues. */
export const PLATFORM_CUES: readonly string[] = [
  '城投', '城建投资', '城市建设投资', '建设投资', '建设发展', '城市发展', '开发建设', '发展集团', '投资控股',
  '国有资产', '国资经营', '资产经营',
];

/** State ownership words and well-known state-owned groups active in Shanghai construction and utilities. */
export const SOE_CUES: readonly string[] = [
  '国资', '国有', '中国建筑', '中建', '中国中铁', '中铁', '中国铁建', '中国交建', '中交', '中国电建', '中国能建',
  '中冶', '中国化学', '上海建工', '城建', '隧道股份', '上海隧道工程', '国家电网', '国网', '中国移动', '中国电信', '中国联通',
  '中国石油', '中国石化', '宝武', '华润', '招商局', '保利', '申通地铁', '上海地铁', '光明食品', '百联集团',
];

/** Joint-stock forms, taken as a proxy for size: listed and pre-listing companies are joint-stock. */
export const LARGE_COMPANY_FORMS: readonly string[] = ['股份有限公司', '股份公司'];

/** The cue that ends last decides: 财政局国库收付中心 is the centre, not the bureau. */
function lastCue(name: string, lists: ReadonlyArray<readonly [DebtorClass, readonly string[]]>): DebtorClass | null {
  let best: { end: number; kind: DebtorClass } | null = null;
  for (const [kind, cues] of lists) {
    for (const cue of cues) {
      const at = name.lastIndexOf(cue);
      if (at >= 0 && (best === null || at + cue.length > best.end)) best = { end: at + cue.length, kind };
    }
  }
  return best?.kind ?? null;
}

/**
 * Classify a debtor for routing: by the USCC's body type when it is a valid 机关/事业单位 code,
 * otherwise by cues in the name. Unknown stays 其他, never a guess beyond the cue lists.
 * @example classifyDebtor('上海市闵行区七宝镇人民政府') //=> { ok: true, value: '机关' }
 * @example classifyDebtor('中国建筑第八工程局有限公司上海分公司') //=> { ok: true, value: '国有企业' }
 */
export function classifyDebtor(name: unknown, uscc?: unknown): Result<DebtorClass> {
  const code = uscc === undefined || uscc === null || uscc === '' ? null : normalizeUscc(uscc);
  // A code that fails its checksum may carry a typo in the very characters we would read.
  const body = code?.ok && code.value.checksumOk ? code.value.bodyType : null;
  if (body === '机关' || body === '事业单位') return ok(body);

  const parsed = normalizeEnterpriseName(name);
  if (!parsed.ok) return body !== null ? ok('其他') : fail(`无法分类：${parsed.reason}`);
  const { legalName, legalForm } = parsed.value;

  if (legalForm === null) {
    if (SELF_GOVERNING_CUES.some((c) => legalName.includes(c))) return ok('其他');
    const publicKind = lastCue(legalName, [['机关', ORGAN_CUES], ['事业单位', INSTITUTION_CUES]]);
    if (publicKind !== null) return ok(publicKind);
  }
  if (PLATFORM_CUES.some((c) => legalName.includes(c))) return ok('平台公司');
  if (SOE_CUES.some((c) => legalName.includes(c))) return ok('国有企业');
  if (legalForm !== null && LARGE_COMPANY_FORMS.some((f) => legalForm.endsWith(f))) return ok('大型企业');
  return ok('其他');
}
