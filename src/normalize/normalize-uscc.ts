import { ok, fail, type Result } from './result.js';

/** Body type read from positions 1–2 (registration department + organisation category). */
export type UsccBodyType = '机关' | '事业单位' | '群众团体' | '企业' | '个体工商户' | '农民专业合作社' | '其他';

export interface Uscc {
  readonly code: string;
  readonly checksumOk: boolean;
  readonly bodyType: UsccBodyType;
  readonly regionCode: string;
}

// GB 32100-2015 table: digits and capitals without I, O, S, V, Z. A character's value is its index.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]; // 3^(i-1) mod 31

// Only the pairs a clerk needs to tell apart; the other departments (民政, 工商 subtypes …) fall
// to 其他 rather than being guessed.
const BODY_TYPES: Readonly<Record<string, UsccBodyType>> = {
  '11': '机关',
  '12': '事业单位',
  '13': '群众团体',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
};

// Hyphens and dashes of every width: codes are copied from PDFs and typeset letters.
const SEPARATORS = /[\s\-‐‑‒–—―−]+/g;

/**
 * The GB 32100 check character for the first 17 characters, or null if they are not 17 valid ones.
 * @example usccCheckChar('92310115MA1LAG5R9') //=> 'M'
 */
export function usccCheckChar(first17: string): string | null {
  if (typeof first17 !== 'string' || first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i).toUpperCase());
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Read a unified social credit code (统一社会信用代码). A wrong check character is reported in
 * `checksumOk`, not rejected: early pilot-region codes that are legally valid fail it.
 * @example normalizeUscc('91110000-60003 7341l') //=> { ok: true, value: { code: '91110000600037341L', checksumOk: true, bodyType: '企业', regionCode: '110000' } }
 */
export function normalizeUscc(input: unknown): Result<Uscc> {
  if (typeof input === 'number' || typeof input === 'bigint') {
    return fail('统一社会信用代码应按文本录入，数字格式会丢失末位字母和精度');
  }
  if (typeof input !== 'string') return fail('统一社会信用代码不是文本');
  const code = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (code === '') return fail('统一社会信用代码为空');
  const chars = [...code];
  if (chars.length !== 18) return fail(`统一社会信用代码长度应为18位，实为${chars.length}位`);
  const bad = chars.filter((c) => !ALPHABET.includes(c));
  if (bad.length > 0) {
    return fail(`统一社会信用代码含非法字符：${[...new Set(bad)].join('、')}（不使用I、O、S、V、Z）`);
  }
  const regionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) return fail(`统一社会信用代码第3–8位应为行政区划码数字，实为${regionCode}`);
  return ok({
    code,
    checksumOk: usccCheckChar(code.slice(0, 17)) === code.charAt(17),
    bodyType: BODY_TYPES[code.slice(0, 2)] ?? '其他',
    regionCode,
  });
}
