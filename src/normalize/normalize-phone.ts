import { ok, fail, type Result } from './result.js';

export interface Phone {
  /** Mobile: 11 digits. Landline: `area-local` (021-64123456), or the bare local number if none was given. */
  readonly phone: string;
  readonly kind: 'mobile' | 'landline';
}

// Separators people type between digit groups; brackets usually wrap the area code: (021)64123456.
const SEPARATORS = /[\s\-‐‑‒–—―−.()（）[\]【】]+/g;
const MOBILE = /^1[3-9]\d{9}$/;

// Beijing 010 and the 02x cities have 3-digit area codes; every other area code has 4 digits.
function splitLandline(digits: string): string | null {
  const areaLength = /^0[12]/.test(digits) ? 3 : 4;
  const area = digits.slice(0, areaLength);
  const local = digits.slice(areaLength);
  if (!/^0[1-9]\d{1,2}$/.test(area) || !/^[2-9]\d{6,7}$/.test(local)) return null;
  return `${area}-${local}`;
}

function toText(input: unknown): string | null {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' && Number.isSafeInteger(input) && input > 0) return String(input);
  if (typeof input === 'bigint' && input > 0n) return String(input);
  return null;
}

/**
 * Read a mobile or landline number into one canonical spelling.
 * @example normalizePhone('+86 138-1234-5678') //=> { ok: true, value: { phone: '13812345678', kind: 'mobile' } }
 * @example normalizePhone('(021) 6412 3456') //=> { ok: true, value: { phone: '021-64123456', kind: 'landline' } }
 */
export function normalizePhone(input: unknown): Result<Phone> {
  const text = toText(input);
  if (text === null) return fail('电话号码不是文本或数字');
  const compact = text.normalize('NFKC').replace(SEPARATORS, '');
  if (compact === '') return fail('电话号码为空');
  if (!/^\+?\d+$/.test(compact)) return fail(`电话号码含非数字字符：${text.trim()}`);

  const international = /^(\+86|0086)/.test(compact);
  const digits = compact.replace(/^(\+86|0086)/, '').replace(/^86(?=1[3-9]\d{9}$)/, '');
  if (MOBILE.test(digits)) return ok({ phone: digits, kind: 'mobile' });
  // The international form drops the area code's trunk 0: +86 21 6412 3456.
  const dialled = international && !digits.startsWith('0') ? splitLandline(`0${digits}`) : null;
  if (dialled !== null) return ok({ phone: dialled, kind: 'landline' });
  if (digits.startsWith('0')) {
    const landline = splitLandline(digits);
    if (landline !== null) return ok({ phone: landline, kind: 'landline' });
    return fail(`固定电话区号或号码位数不对：${text.trim()}`);
  }
  if (/^[2-9]\d{6,7}$/.test(digits)) return ok({ phone: digits, kind: 'landline' });
  if (/^(400|800)\d{7}$/.test(digits)) return fail('400/800服务热线不是可联系的个人或单位电话');
  // Spreadsheets store phone numbers as numbers and drop the area code's leading zero; guessing it
  // back would be a guess, so the clerk is told what probably happened.
  if (/^[1-9]\d{9,10}$/.test(digits) && splitLandline(`0${digits}`) !== null) {
    return fail(`电话号码可能丢失了区号开头的0：${digits}`);
  }
  return fail(`无法识别的电话号码：${text.trim()}`);
}
