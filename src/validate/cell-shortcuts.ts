import type { AmountUnit } from '../normalize/parse-amount.js';
import type { Uscc, UsccBodyType } from '../normalize/normalize-uscc.js';

/**
 * JavaScript shortcuts for the cells a sheet is mostly made of: a plain number in an amount
 * column, a bare mobile number, a clean credit code. Each answers only for a cell it is sure of,
 * with exactly what the field's normalizer would give, and `undefined` for anything else (the
 * normalizer then decides). Each is a claim about its normalizer, checked by property tests
 * against it (test/validate/cell-shortcuts.test.ts), like the SQL shortcuts in ingest/csv-field-shortcuts.ts.
 */

const POWER: Readonly<Record<AmountUnit, number>> = { 元: 2, 万元: 6, 亿元: 10 };
const TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
const MAX_FEN = 1e15;
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A non-negative number in an amount column, as parseAmount would read it: fen, exactly. Numbers
 * with more than 15 significant digits, below a fen, or too large are left to parseAmount.
 * @example amountFenShortcut(34.3695, '万元') //=> 343695
 */
export function amountFenShortcut(value: unknown, unit: AmountUnit): number | undefined {
  if (typeof value !== 'number' || !(value >= 0) || POWER[unit] === undefined) return undefined;
  // A shortest form of at most 15 significant digits is what Excel's 15-digit rounding gives back.
  const m = PLAIN_DECIMAL.exec(String(value));
  if (!m) return undefined;
  const whole = m[1]!, fraction = m[2] ?? '';
  const power = POWER[unit] - fraction.length;
  if (power < 0 || whole.length + fraction.length > 15) return undefined;
  const fen = Number(whole + fraction) * TEN[power]!;
  return fen <= MAX_FEN ? fen : undefined;
}

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * A mobile number typed as eleven digits, which normalizePhone keeps as it is (kind 'mobile').
 * @example mobileShortcut('13812345678') //=> '13812345678'
 */
export function mobileShortcut(value: unknown): string | undefined {
  return typeof value === 'string' && MOBILE.test(value) ? value : undefined;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALUE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const BODY_TYPES: Readonly<Record<string, UsccBodyType>> = { '11': '机关', '12': '事业单位', '13': '群众团体', '91': '企业', '92': '个体工商户', '93': '农民专业合作社' };

/**
 * A credit code written as 18 characters of the code alphabet with a numeric region, which
 * normalizeUscc takes as it is.
 * @example usccShortcut('91310112MA1GB0XY2K')?.bodyType //=> '企业'
 */
export function usccShortcut(value: unknown): Uscc | undefined {
  if (typeof value !== 'string' || value.length !== 18) return undefined;
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const code = value.charCodeAt(i);
    const v = VALUE.get(code);
    if (v === undefined) return undefined;
    if (i >= 2 && i < 8 && !(code >= 0x30 && code <= 0x39)) return undefined;
    if (i < 17) sum += v * WEIGHTS[i]!;
  }
  return {
    code: value,
    checksumOk: ALPHABET.charAt((31 - (sum % 31)) % 31) === value.charAt(17),
    bodyType: BODY_TYPES[value.slice(0, 2)] ?? '其他',
    regionCode: value.slice(2, 8),
  };
}
