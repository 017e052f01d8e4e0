import { PipelineError } from '../pipeline-error.js';
import { parseChineseNumeral } from './chinese-numeral.js';
import { fail, ok, type Result } from './result.js';

/** The unit a sheet states for a column (header or a 单位：万元 line). */
export type AmountUnit = '元' | '万元' | '亿元';

export type ParseAmountOptions = { readonly unit?: AmountUnit };

// Powers of ten from each unit to fen.
const UNIT_POWER = new Map<unknown, number>([['元', 2], ['万元', 6], ['万', 6], ['亿元', 10], ['亿', 10]]);
// Above this an amount is a typo or an ID number in the wrong column, and it stays a safe integer.
const MAX_FEN = 10n ** 15n;
const EMPTY_WORDS = new Set(['', '无', 'n/a', 'na', '暂无', '不详', '空', '/', '\\']);
const DASHES = /^[-—–―─_~]+$/u;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+`;
const DECIMAL_TEXT = new RegExp(`^(${NUMBER})(?:\\((元|万元|万|亿元|亿)\\)|(元|万元|万|亿元|亿))?$`, 'u');
const JS_NUMBER = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/u;

type Decimal = { readonly digits: bigint; readonly exponent: number };

/**
 * Read a money amount from a cell into integer fen (分), never through float arithmetic.
 * A unit written in the value (万元, 亿) wins over `options.unit`.
 * @example parseAmount('１，２３４．５６') //=> { ok: true, value: 123456 }
 * @example parseAmount(12.5, { unit: '万元' }) //=> { ok: true, value: 12500000 }
 * @example parseAmount('壹拾贰万叁仟肆佰伍拾陆元柒角捌分') //=> { ok: true, value: 12345678 }
 * @example parseAmount('-5') //=> { ok: false, reason: '金额不能为负数：-5' }
 */
export function parseAmount(value: unknown, options: ParseAmountOptions = {}): Result<number> {
  const unit = options?.unit ?? '元';
  const power = UNIT_POWER.get(unit);
  if (power === undefined) return fail(`未知的金额单位：${String(unit)}`);
  if (value === null || value === undefined) return fail('金额为空');
  if (typeof value === 'number' || typeof value === 'bigint') return fromNumber(value, power);
  if (typeof value === 'string') return fromText(value, power);
  return fail(`无法识别的金额：${describe(value)}`);
}

// Excel keeps 15 significant digits; a 17-digit shortest form (1234.5600000000002) is formula
// noise, not a sub-fen amount. 15 digits still hold every amount up to MAX_FEN to the fen.
function fromNumber(n: number | bigint, power: number): Result<number> {
  if (typeof n === 'number' && !Number.isFinite(n)) return fail(`金额不是有效数字：${String(n)}`);
  const rounded = typeof n === 'number' ? Number(n.toPrecision(15)) : n;
  const shown = String(Number.isFinite(rounded) ? rounded : n); // near Number.MAX_VALUE rounding overflows
  if (n < 0) return fail(`金额不能为负数：${shown}`);
  const m = JS_NUMBER.exec(shown.toLowerCase())!;
  const fraction = m[2] ?? '';
  return toFen({ digits: BigInt((m[1] ?? '') + fraction || '0'), exponent: Number(m[3] ?? 0) - fraction.length }, power, shown);
}

function fromText(raw: string, power: number): Result<number> {
  const shown = clip(raw.trim());
  const s = raw
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim()
    // A space between digits is a thousands separator (1 234); elsewhere it is padding.
    .replace(/ (?!\d)|(?<!\d) /gu, '')
    .replace(/ /gu, ',');
  if (EMPTY_WORDS.has(s.toLowerCase()) || DASHES.test(s)) return fail('金额为空');

  const signed = /^([+\-−]?)(?:人民币|RMB|CNY|¥)?([+\-−]?)(.*)$/iu.exec(s)!;
  const sign = signed[1]! + signed[2]!;
  if (sign.length > 1) return fail(`无法识别的金额：${shown}`);
  let negative = sign !== '' && sign !== '+';
  let body = signed[3]!.replace(/[整正]$/u, '');
  const accounting = /^\(([\d,.]+)\)$/u.exec(body); // (1,234.00) is how ledgers write a negative
  if (accounting) {
    body = accounting[1]!;
    negative = true;
  }

  const decimal = DECIMAL_TEXT.exec(body);
  if (decimal) {
    const [, number, bracketed, plain] = decimal;
    const [whole, fraction = ''] = number!.replace(/,/gu, '').split('.');
    const digits = BigInt(whole! + fraction || '0');
    if (negative && digits > 0n) return fail(`金额不能为负数：${shown}`);
    return toFen({ digits, exponent: -fraction.length }, UNIT_POWER.get(bracketed ?? plain) ?? power, shown);
  }
  if (/^[\d.,]+e[+-]?\d+/iu.test(body)) return fail(`金额是科学计数法，可能已丢失精度，请改为完整数字：${shown}`);

  const chinese = parseChineseNumeral(body);
  if (chinese === null) return fail(`无法识别的金额：${shown}`);
  const fen = chinese.hasUnit
    ? chinese.yuan * 100n + BigInt(chinese.cents)
    : chinese.yuan * 10n ** BigInt(power);
  if (negative && fen > 0n) return fail(`金额不能为负数：${shown}`);
  return fen > MAX_FEN ? fail(`金额过大：${shown}`) : ok(Number(fen));
}

function toFen(decimal: Decimal, power: number, shown: string): Result<number> {
  const exponent = decimal.exponent + power;
  if (decimal.digits === 0n) return ok(0);
  if (exponent > 20) return fail(`金额过大：${shown}`); // also keeps 10n ** exponent small
  if (exponent >= 0) {
    const fen = decimal.digits * 10n ** BigInt(exponent);
    return fen > MAX_FEN ? fail(`金额过大：${shown}`) : ok(Number(fen));
  }
  const divisor = 10n ** BigInt(-exponent);
  if (decimal.digits % divisor !== 0n) return fail(`金额精确到分以下：${shown}`);
  const fen = decimal.digits / divisor;
  return fen > MAX_FEN ? fail(`金额过大：${shown}`) : ok(Number(fen));
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function describe(value: unknown): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'symbol' || typeof value === 'function') return `（${typeof value}）`;
  try {
    return value instanceof Date ? '（日期）' : Array.isArray(value) ? '（数组）' : '（对象）';
  } catch {
    return '（对象）'; // a revoked Proxy throws even on instanceof
  }
}

/**
 * Write fen as a yuan amount with thousands separators, the form parseAmount reads back.
 * @example formatFen(123456) //=> '1,234.56'
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new PipelineError('USAGE', `formatFen 需要整数（分）：${String(fen)}`, { fen });
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/gu, ',');
  return `${fen < 0 ? '-' : ''}${whole}.${digits.slice(-2)}`;
}
