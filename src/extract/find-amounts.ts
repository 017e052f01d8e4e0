import { parseAmount } from '../normalize/parse-amount.js';
import { toOriginalSpan, type FoldedText, type Span } from './fold-text.js';

/** What an amount is in its sentence: owed, a contract total, already paid, a rate (每月…), or not said. */
export type AmountRole = 'owed' | 'total' | 'paid' | 'rate' | 'unknown';

export interface AmountMention {
  /** Integer fen; for an approximate amount (80余万元) the round figure written. */
  readonly fen: number;
  readonly approximate: boolean;
  readonly role: AmountRole;
  /** How clearly the words around it say the role (0..1). */
  readonly cue: number;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

const CN = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
const CN_TAIL = '[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]';
const AMOUNT = new RegExp(
  String.raw`(?:人民币|RMB|¥)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([余多来])?(万元|万|亿元|亿|元)|` +
  String.raw`(?:人民币|RMB)?¥(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|` +
  `(?:人民币)?([${CN}]*[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][${CN}]*)([余多来])?` +
  `(元(?:${CN_TAIL}角)?(?:${CN_TAIL}分)?整?|圆整?|万元|万|亿元|亿)|` +
  '([十百千]?几[十百千]?|数[十百千]|[一二三四五六七八九十]+多|几)(万元|万|元)',
  'gu');
// Scanned left to right, the last cue before an amount decides its role; totals are tried first so
// 合同金额 is not read as 金额.
const CUE = new RegExp(
  '(?<total>合同(?:金额|总价|价款|总额|额|价|标的)?|总价|总额|总造价|造价|中标价|中标金额|结算(?:金额|价|总价|价款)?|审定(?:金额|价)?|决算(?:金额)?|总金额|项目金额|标的|总工程款)|' +
  '(?<unpaid>(?:未|没有?|不)(?:支付|付|给|发|结))|' +
  '(?<paid>已付|已支付|已经支付|已收到|已收|已结|支付了|付了|已拨付|预付|首付|累计支付|已到账|收到|仅支付|只付了|只支付|仅付|已付款|陆续支付)|' +
  '(?<rate>每月|每人|每天|每日|(?<![\\d一二三四五六七八九十])月薪|(?<![\\d一二三四五六七八九十])月工资|日工资|日薪|工价|单价|每平|每吨|每个月|一个月|每台|每次)|' +
  '(?<strong>尚欠|仍欠|还欠|结欠|拖欠|欠款|欠薪|欠付|欠|剩余|余款|尾款|差)|' +
  '(?<weak>工资|工钱|薪资|共计|合计|总计|累计|金额|共|款项|工程款|货款|服务费|服务款|劳务费|保证金|质保金)',
  'gu');
const OWED_AFTER = /^(?:的)?(?:工程款|货款|服务费|服务款|款项|工资|工钱|劳务费|欠款|尾款)?(?:至今|一直|迟迟|始终|仍|尚|还)?(?:未付|未支付|未结清|未给|没有支付|没有给|没给|没付|未到账|未发|未发放|未结算|不付|拖欠|未收到|没有到账|拿不到|讨不回)/u;
const PAID_AFTER = /^(?:已付|已支付|已结清|已到账|已收到)/u;
const RATE_AFTER = /^(?:\/|每|一)(?:月|天|人|个月|平|吨)/u;

/**
 * Every money amount in a folded text, in digits (12.5万元, 1,234元, ¥120,000.00) or Chinese
 * numerals (壹拾贰万元整, 十二万), each with the role its words give it.
 * @example findAmounts(foldText('合同金额200万元，尚欠80万元')).map((a) => [a.fen, a.role]) //=> [[200000000, 'total'], [80000000, 'owed']]
 */
export function findAmounts(folded: FoldedText): readonly AmountMention[] {
  const text = folded.text;
  const found: { fen: number; approximate: boolean; start: number; end: number }[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const parsed = read(m);
    if (parsed === null) continue;
    found.push({ ...parsed, start: m.index, end: m.index + m[0].length });
  }
  return found.map((a, i) => {
    const from = Math.max(i > 0 ? found[i - 1]!.end : 0, a.start - 16);
    const to = Math.min(i + 1 < found.length ? found[i + 1]!.start : text.length, a.end + 16);
    const before = clause(text.slice(from, a.start), 'before');
    const after = clause(text.slice(a.end, to), 'after');
    const [role, cue] = roleOf(before, after);
    const approximate = a.approximate || /(?:约|大约|大概|将近|近)$/u.test(before) || /^(?:左右|上下)/u.test(after);
    return { ...a, approximate, role, cue, span: toOriginalSpan(folded, a.start, a.end) };
  });
}

function read(m: RegExpMatchArray): { fen: number; approximate: boolean } | null {
  if (m[1] !== undefined) return fen(`${m[1]}${m[3]}`, m[2] !== undefined);
  if (m[4] !== undefined) return fen(`${m[4]}元`, false);
  // 三千多元 is read as 三千元; 二十多万元 as 二十万元.
  if (m[5] !== undefined) return fen(m[6] !== undefined && /^[元圆]/u.test(m[7]!) ? `${m[5]}元` : `${m[5]}${m[7]}`, m[6] !== undefined);
  // 十几万, 几十万: only the order of magnitude is known.
  const base = m[8]!.replace(/几|多/gu, '').replace(/^数/u, '') || '一';
  return fen(`${/^[十百千]$/u.test(base) ? `一${base}` : base}${m[9]}`, true);
}

function fen(text: string, approximate: boolean): { fen: number; approximate: boolean } | null {
  const r = parseAmount(text);
  return r.ok && r.value > 0 ? { fen: r.value, approximate } : null;
}

function clause(s: string, side: 'before' | 'after'): string {
  const parts = s.split(/[。；！？;!?\n]/u);
  return side === 'before' ? parts.at(-1)! : parts[0]!;
}

function roleOf(before: string, after: string): [AmountRole, number] {
  if (RATE_AFTER.test(after)) return ['rate', 0.9];
  if (PAID_AFTER.test(after)) return ['paid', 0.9];
  if (OWED_AFTER.test(after)) return ['owed', 0.95];
  let last: string | undefined;
  for (const m of before.matchAll(CUE)) last = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
  switch (last) {
    case 'total': return ['total', 0.85];
    case 'paid': return ['paid', 0.85];
    case 'rate': return ['rate', 0.9];
    case 'strong': case 'unpaid': return ['owed', 0.95];
    case 'weak': return ['owed', 0.75];
    default: return ['unknown', 0.5];
  }
}
