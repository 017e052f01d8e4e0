import { ok, fail, type Result } from './result.js';

export interface ResidentId {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: '男' | '女';
  /** Administrative code at issue; not checked against an area table (we keep none). */
  readonly regionCode: string;
}

export interface ValidateResidentIdOptions {
  /** Latest acceptable birth date; defaults to the local date at call time. */
  readonly today?: Date;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH = '1880-01-01';

function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i]!;
  return CHECK_CHARS.charAt(sum % 11);
}

function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toText(input: unknown): string | null {
  if (typeof input === 'string') return input;
  // An 18-digit number has already lost its last digits to float rounding; a short one is safe.
  if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) return String(input);
  if (typeof input === 'bigint') return String(input);
  return null;
}

/**
 * Check an 18-character resident identity number (GB 11643) and read birth date, sex and region.
 * @example validateResidentId('11010519491231002x') //=> { ok: true, value: { id: '11010519491231002X', birthDate: '1949-12-31', sex: '女', regionCode: '110105' } }
 */
export function validateResidentId(input: unknown, options: ValidateResidentIdOptions = {}): Result<ResidentId> {
  if (typeof input === 'number' && !Number.isSafeInteger(input)) {
    return fail('身份证号码应按文本录入，数字格式已丢失末几位');
  }
  const text = toText(input);
  if (text === null) return fail('身份证号码不是文本');
  const id = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (id === '') return fail('身份证号码为空');
  const length = [...id].length;
  if (length === 15 && /^\d{15}$/.test(id)) return fail('15位旧身份证号码，请核对换发后的18位号码');
  if (length !== 18) return fail(`身份证号码长度应为18位，实为${length}位`);
  if (!/^\d{17}[\dX]$/.test(id)) return fail('身份证号码格式错误：前17位应为数字，末位为数字或X');

  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (birthDate < EARLIEST_BIRTH) return fail(`身份证号码中的出生日期早于1880年：${birthDate}`);
  if (!isRealDate(y, m, d)) return fail(`身份证号码中的出生日期不存在：${id.slice(6, 14)}`);
  // Callers pass this function to Array#map, so `options` may arrive as an index or null.
  const given = (options as ValidateResidentIdOptions | null | undefined)?.today;
  const today = given instanceof Date && !Number.isNaN(given.getTime()) ? given : new Date();
  if (birthDate > localIsoDate(today)) return fail(`身份证号码中的出生日期晚于今天：${birthDate}`);

  const expected = checkChar(id.slice(0, 17));
  if (id.charAt(17) !== expected) return fail(`身份证号码校验位错误：末位应为${expected}，实为${id.charAt(17)}`);

  return ok({
    id,
    birthDate,
    sex: Number(id.charAt(16)) % 2 === 1 ? '男' : '女',
    regionCode: id.slice(0, 6),
  });
}
