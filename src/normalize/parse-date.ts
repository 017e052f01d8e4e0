import { fail, ok, type Result } from './result.js';

export type DatePrecision = 'day' | 'month';

/** A calendar date as 'YYYY-MM-DD'; a month-only value is dated the 1st with precision 'month'. */
export type ParsedDate = { readonly date: string; readonly precision: DatePrecision };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
// Excel's serial 1 is 1900-01-01, but Excel (copying Lotus 1-2-3) counts a 1900-02-29 that never
// existed as serial 60, so from serial 61 on the real day zero is 1899-12-30.
const EXCEL_DAY_ZERO_EARLY = Date.UTC(1899, 11, 31);
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const MAX_SERIAL = (Date.UTC(MAX_YEAR, 11, 31) - EXCEL_DAY_ZERO) / DAY_MS;
// Serial-looking text is only believed in a plausible range (1954–2119), not for any 5 digits.
const MIN_SERIAL_TEXT = 20_000;
const MAX_SERIAL_TEXT = 80_000;

const EMPTY_WORDS = new Set(['', '无', 'n/a', 'na', '暂无', '不详', '空', '/', '\\']);
const DASHES = /^[-—–―─_~]+$/u;
const TIME = /(?:[ T]|(?<=[日号]))(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
const DAY_FORMS = [
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/u,
  /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]$/u,
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/u,
];
const MONTH_FORMS = [/^(?<y>\d{4})[-/.](?<m>\d{1,2})$/u, /^(?<y>\d{4})年(?<m>\d{1,2})月份?$/u];

/**
 * Read a date from a cell: Excel serials, Date objects, and the ways clerks write dates.
 * Impossible dates are refused, never rolled over into the next month.
 * @example parseDate('2024年4月1日') //=> { ok: true, value: { date: '2024-04-01', precision: 'day' } }
 * @example parseDate(45383) //=> { ok: true, value: { date: '2024-04-01', precision: 'day' } }
 * @example parseDate('2024.04') //=> { ok: true, value: { date: '2024-04-01', precision: 'month' } }
 * @example parseDate('2024-02-30') //=> { ok: false, reason: '日期不存在：2024-02-30（2024年2月只有29天）' }
 */
export function parseDate(value: unknown): Result<ParsedDate> {
  if (value === null || value === undefined) return fail('日期为空');
  if (typeof value === 'number') return fromNumber(value, String(value));
  if (typeof value === 'string') return fromText(value);
  const time = dateTime(value);
  if (time !== null) return fromDateObject(new Date(time));
  return fail(`无法识别的日期：${typeof value === 'boolean' ? String(value) : typeof value === 'object' ? '（对象）' : `（${typeof value}）`}`);
}

function fromNumber(n: number, shown: string): Result<ParsedDate> {
  if (!Number.isFinite(n)) return fail(`无法识别的日期：${shown}`);
  // 20240401 typed into a number cell: as a serial it would be tens of thousands of years away.
  if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) {
    return checked(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, 'day', shown);
  }
  const serial = Math.floor(n); // the fraction is the time of day
  if (serial < 1) return fail(`无法识别的日期：${shown}（Excel 日期序号从 1 开始）`);
  if (serial === 60) return fail(`日期不存在：${shown}（Excel 序号 60 是不存在的 1900-02-29）`);
  if (serial > MAX_SERIAL) return fail(`日期超出 1900–2100 年：${shown}`);
  return ok({ date: isoDay(new Date((serial < 60 ? EXCEL_DAY_ZERO_EARLY : EXCEL_DAY_ZERO) + serial * DAY_MS)), precision: 'day' });
}

// exceljs turns a cell's serial into a Date as if the sheet's wall-clock time were UTC, so the
// UTC fields are the date the clerk typed; local getters would shift it by the zone offset
// (a 23:30 entry becomes the next day in Asia/Shanghai, a day earlier west of Greenwich).
function fromDateObject(d: Date): Result<ParsedDate> {
  if (Number.isNaN(d.getTime())) return fail('无法识别的日期：无效的日期对象');
  const year = d.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`日期超出 1900–2100 年：${isoDay(d)}`);
  return ok({ date: isoDay(d), precision: 'day' });
}

function fromText(raw: string): Result<ParsedDate> {
  const shown = raw.trim().length > 40 ? `${raw.trim().slice(0, 40)}…` : raw.trim();
  const s = raw
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?([年月日号]) ?/gu, '$1');
  if (EMPTY_WORDS.has(s.toLowerCase()) || DASHES.test(s)) return fail('日期为空');

  if (/^\d{5}(?:\.\d+)?$/u.test(s)) {
    const serial = Number(s);
    if (serial >= MIN_SERIAL_TEXT && serial <= MAX_SERIAL_TEXT) return fromNumber(serial, shown);
    return fail(`无法识别的日期：${shown}`);
  }
  const time = TIME.exec(s);
  if (time && (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59)) {
    return fail(`无法识别的日期：${shown}`);
  }
  const day = time ? s.slice(0, time.index) : s;
  for (const form of DAY_FORMS) {
    const g = form.exec(day)?.groups;
    if (g) return checked(Number(g.y), Number(g.m), Number(g.d), 'day', shown);
  }
  for (const form of MONTH_FORMS) {
    const g = time ? undefined : form.exec(s)?.groups;
    if (g) return checked(Number(g.y), Number(g.m), 1, 'month', shown);
  }
  return fail(`无法识别的日期：${shown}`);
}

function checked(year: number, month: number, day: number, precision: DatePrecision, shown: string): Result<ParsedDate> {
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`日期超出 1900–2100 年：${shown}`);
  if (month < 1 || month > 12 || day < 1) return fail(`无法识别的日期：${shown}`);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > length) return fail(`日期不存在：${shown}（${year}年${month}月只有${length}天）`);
  return ok({ date: isoDay(new Date(Date.UTC(year, month - 1, day))), precision });
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// Not a Date (or a broken one, like a revoked Proxy or Object.create(Date.prototype)) gives null.
function dateTime(value: unknown): number | null {
  try {
    return value instanceof Date ? Date.prototype.getTime.call(value) : null;
  } catch {
    return null;
  }
}
