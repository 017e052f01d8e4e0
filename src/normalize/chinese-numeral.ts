import { PipelineError } from '../pipeline-error.js';

/** A money amount read from Chinese numerals; `yuan` is in the value's own unit when `hasUnit` is false. */
export type ChineseAmount = { readonly yuan: bigint; readonly cents: number; readonly hasUnit: boolean };

// Upper case (大写) as on cheques, lower case, the traditional forms, and 两 as clerks type it.
const DIGITS = new Map<string, number>();
['零〇', '一壹', '二贰貳两兩', '三叁參', '四肆', '五伍', '六陆陸', '七柒', '八捌', '九玖'].forEach((chars, d) => {
  for (const c of chars) DIGITS.set(c, d);
});
const SMALL_UNITS = new Map<string, number>([['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000]]);
const BIG_UNITS = new Map<string, number>([['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8]]);
const UPPER = '零壹贰叁肆伍陆柒捌玖';

function digitOf(c: string | undefined): number | null {
  if (c === undefined) return 0;
  if (/^\d$/.test(c)) return Number(c);
  return DIGITS.get(c) ?? null;
}

/**
 * Read an integer written in Chinese numerals, or mixed with Arabic digits (12万3456).
 * Colloquial abbreviations (一万二: 12000 or 10002?) are refused rather than guessed.
 */
function parseInteger(text: string): { value: bigint; big: boolean } | null {
  let total = 0n, wan = 0n, sec = 0n;
  let num: bigint | null = null;
  let chinese = false; // whether `num` came from a Chinese digit
  let lastSmall = 1e4; // units inside a section must fall: 千 > 百 > 十
  let lastUnit = 0;
  let zero = false; // a 零 since the last unit makes a trailing digit unambiguous
  let seenWan = false, seenYi = false, any = false;

  // A lone Chinese digit after a unit of 百 or more, without 零, is an abbreviation (一百二 = 120?);
  // an Arabic group after 万 or 亿 must fit below it (12万3456, not 12万34567).
  const canFlush = (after: number, limit: number): boolean =>
    num === null || (chinese ? zero || after < 100 : lastUnit < 1e4 || num < BigInt(limit));

  for (const t of text.match(/\d+|[^]/gu) ?? []) {
    const digit = DIGITS.get(t);
    const small = SMALL_UNITS.get(t);
    const big = BIG_UNITS.get(t);
    if (/^\d/.test(t)) {
      if (num !== null || sec !== 0n) return null;
      num = BigInt(t); chinese = false;
    } else if (digit === 0) {
      if (num !== null) return null;
      zero = true;
    } else if (digit !== undefined) {
      if (num !== null) return null;
      num = BigInt(digit); chinese = true;
    } else if (small !== undefined) {
      if (small >= lastSmall || (num !== null && !chinese)) return null;
      if (num === null && !(small === 10 && !any)) return null; // 十二 = 12, but not 一百十
      sec += (num ?? 1n) * BigInt(small);
      num = null; lastSmall = small; lastUnit = small; zero = false;
    } else if (big !== undefined) {
      const after = lastSmall < 1e4 ? lastSmall : lastUnit < big ? lastUnit : 0;
      if (!canFlush(after, 1e4)) return null;
      const group = sec + (num ?? 0n);
      if (big === 1e4) {
        if (seenWan || group === 0n) return null;
        wan = group * 10000n; seenWan = true;
      } else {
        if (seenYi || wan + group === 0n) return null;
        total = (wan + group) * 100000000n; wan = 0n; seenWan = false; seenYi = true;
      }
      sec = 0n; num = null; lastSmall = 1e4; lastUnit = big; zero = false;
    } else {
      return null;
    }
    any = true;
  }
  if (!any || !canFlush(lastUnit, lastUnit)) return null;
  return { value: total + wan + sec + (num ?? 0n), big: seenWan || seenYi };
}

// 角 and 分 after 元: 伍角, 零伍分, 柒角捌分, 零角伍分.
function parseCents(text: string): number | null {
  if (text === '') return 0;
  const m = /^零?(?:(.)角)?零?(?:(.)分)?$/u.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const jiao = digitOf(m[1]);
  const fen = digitOf(m[2]);
  return jiao === null || fen === null ? null : jiao * 10 + fen;
}

/**
 * Read a money amount in Chinese numerals (大写 or 小写), optionally mixed with Arabic digits.
 * Returns null for anything else; the caller decides what unit a bare numeral is in.
 * @example parseChineseNumeral('壹拾贰万叁仟肆佰伍拾陆元柒角捌分') //=> { yuan: 123456n, cents: 78, hasUnit: true }
 */
export function parseChineseNumeral(text: string): ChineseAmount | null {
  const s = text.replace(/[整正]$/u, '');
  const parts = s.split(/[元圆圓]/u);
  if (parts.length > 2) return null;
  if (parts.length === 1 && !/[角分]/u.test(s)) {
    const whole = parseInteger(s);
    return whole && { yuan: whole.value, cents: 0, hasUnit: whole.big };
  }
  const [intText, centText] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['', s];
  const whole = intText === '' ? { value: 0n } : parseInteger(intText);
  const cents = parseCents(centText);
  if (whole === null || cents === null || (intText === '' && centText === '')) return null;
  return { yuan: whole.value, cents, hasUnit: true };
}

// One section below 10000; the caller writes the 零 in front when its leading digits are zero.
function writeSection(n: number): string {
  let out = '';
  let pendingZero = false;
  for (const [unit, size] of [['仟', 1000], ['佰', 100], ['拾', 10], ['', 1]] as const) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      pendingZero = out !== '';
    } else {
      out += (pendingZero ? '零' : '') + UPPER[d] + unit;
      pendingZero = false;
    }
  }
  return out;
}

function writeInteger(n: bigint): string {
  for (const [unit, size] of [['亿', 100000000n], ['万', 10000n]] as const) {
    if (n >= size) {
      const rest = n % size;
      const gap = rest > 0n && rest < size / 10n ? '零' : '';
      return writeInteger(n / size) + unit + (rest > 0n ? gap + writeInteger(rest) : '');
    }
  }
  return writeSection(Number(n));
}

/**
 * Write an amount in fen as upper-case Chinese (大写), the way cheques and payment orders do.
 * @example toChineseUpper(12345678) //=> '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'
 */
export function toChineseUpper(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new PipelineError('USAGE', `toChineseUpper 需要非负整数（分）：${String(fen)}`, { fen });
  }
  if (fen === 0) return '零元整';
  const f = BigInt(fen);
  const yuan = f / 100n;
  const jiao = Number((f / 10n) % 10n);
  const cent = Number(f % 10n);
  const head = yuan > 0n ? writeInteger(yuan) + '元' : '';
  if (jiao === 0 && cent === 0) return head + '整';
  const jiaoText = jiao > 0 ? UPPER[jiao] + '角' : head === '' ? '' : '零';
  return head + jiaoText + (cent > 0 ? UPPER[cent] + '分' : '');
}
