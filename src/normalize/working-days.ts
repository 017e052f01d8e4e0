import { PipelineError } from '../pipeline-error.js';
import { holidaysCn, type HolidayKind } from './data/holidays-cn.js';

// Dates are whole UTC days counted from 1970-01-01, so the host's time zone never moves them.
const DAY_MS = 86_400_000;
const KIND_BY_DATE: ReadonlyMap<string, HolidayKind> = new Map(holidaysCn.map((h) => [h.date, h.kind]));
const YEARS: readonly number[] = Object.freeze(
  [...new Set(holidaysCn.map((h) => Number(h.date.slice(0, 4))))].sort((a, b) => a - b),
);

/**
 * The years the working-day calendar knows, in order.
 * @example calendarYears() //=> [2024, 2025, 2026]
 */
export function calendarYears(): readonly number[] {
  return YEARS;
}

/**
 * Whether a date is a working day in mainland China: a make-up working day (调休), or a
 * Monday–Friday that is not a public holiday. Throws for a year the calendar does not cover.
 * @example isWorkingDay('2025-10-01') //=> false
 * @example isWorkingDay('2025-10-11') //=> true (a Saturday worked for National Day)
 */
export function isWorkingDay(date: string): boolean {
  return isWorking(dayNumber(date));
}

/**
 * The date `n` working days after `date`; the start day does not count, and n = 0 gives `date`.
 * @example addWorkingDays('2025-09-30', 3) //=> '2025-10-11' (Oct 1–8 off; 9, 10 and the make-up Saturday 11)
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new PipelineError('USAGE', `工作日天数必须是非负整数：${String(n)}`, { date, n });
  }
  let day = dayNumber(date);
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorking(day)) left -= 1;
  }
  return isoDate(day);
}

/**
 * The number of working days in (a, b]: a itself does not count, b does; negative if b is before a.
 * @example workingDaysBetween('2025-09-30', '2025-10-11') //=> 3
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  const [low, high] = from <= to ? [from, to] : [to, from];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    if (isWorking(day)) count += 1;
  }
  return from <= to ? count : 0 - count; // not -count: -0 would print as 0 but fail Object.is
}

function isWorking(day: number): boolean {
  const date = isoDate(day);
  checkCovered(date);
  const kind = KIND_BY_DATE.get(date);
  if (kind !== undefined) return kind === 'workday';
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

// Guessing weekends-only for an unpublished year would silently move deadlines.
function checkCovered(date: string): void {
  const year = Number(date.slice(0, 4));
  if (YEARS.includes(year)) return;
  throw new PipelineError(
    'CALENDAR_YEAR_MISSING',
    `工作日历没有 ${year} 年的节假日安排（日期 ${date}）：请按国务院办公厅 ${year} 年部分节假日安排的通知` +
      `更新 src/normalize/data/holidays-cn.ts（现有年份：${YEARS.join('、')}）`,
    { year, date, years: YEARS },
  );
}

// Strict 'YYYY-MM-DD' that names a real day; anything else is a caller's bug, not a bad cell.
function dayNumber(date: string): number {
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date) : null;
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || isoDate(ms / DAY_MS) !== date) {
    const shown = typeof date === 'string' ? date : `（${typeof date}）`;
    throw new PipelineError('USAGE', `不是有效的日期（应为 YYYY-MM-DD）：${shown}`, { date });
  }
  checkCovered(date); // even where the day itself would not be counted, e.g. the start day
  return ms / DAY_MS;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
