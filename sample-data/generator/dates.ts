import type { Random } from './random.js';
import type { Period, Ymd } from './types.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Called per record on million-row runs: arithmetic, not a Date allocation.
export function daysInMonth(y: number, m: number): number {
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return leap ? 29 : MONTH_DAYS[m - 1]!;
}

/** Month arithmetic on a (year, month) pair; the day is clamped to the target month. */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.y * 12 + (d.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** A random day within the given month. */
export function dayIn(rng: Random, y: number, m: number, from = 1, to = daysInMonth(y, m)): Ymd {
  return { y, m, d: rng.int(from, Math.min(to, daysInMonth(y, m))) };
}

/** A random day `minBack`..`maxBack` months before the period. */
export function monthsBefore(rng: Random, p: Period, minBack: number, maxBack: number): Ymd {
  const anchor = addMonths({ y: p.year, m: p.month, d: 1 }, -rng.int(minBack, maxBack));
  return dayIn(rng, anchor.y, anchor.m);
}

/** exceljs writes a Date as UTC; build it from UTC so the cell shows the intended day anywhere. */
export function utcDate(d: Ymd): Date {
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
}

export function excelSerial(d: Ymd): number {
  return (Date.UTC(d.y, d.m - 1, d.d) - EXCEL_EPOCH) / 86_400_000;
}

export function iso(d: Ymd): string {
  return `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
}

export function cnDate(d: Ymd): string {
  return `${d.y}年${d.m}月${d.d}日`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** How a date cell is written. `month` and `dot_month` keep month precision only. */
export type DateStyle = 'date' | 'serial' | 'iso' | 'slash' | 'cn' | 'month' | 'dot_month' | 'compact';
export const DATE_STYLES: readonly DateStyle[] = ['date', 'serial', 'iso', 'slash', 'cn', 'month', 'dot_month', 'compact'];

export function formatDate(d: Ymd, style: DateStyle): Date | number | string {
  switch (style) {
    case 'date': return utcDate(d);
    case 'serial': return excelSerial(d);
    case 'iso': return iso(d);
    case 'slash': return `${d.y}/${d.m}/${d.d}`;
    case 'cn': return cnDate(d);
    case 'month': return `${d.y}年${d.m}月`;
    case 'dot_month': return `${d.y}.${pad2(d.m)}`;
    case 'compact': return `${d.y}${pad2(d.m)}${pad2(d.d)}`;
  }
}
