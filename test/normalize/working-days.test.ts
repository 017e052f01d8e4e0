import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidaysCn } from '../../src/normalize/data/holidays-cn.js';
import {
  addWorkingDays,
  calendarYears,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/normalize/working-days.js';
import { PipelineError } from '../../src/pipeline-error.js';

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(date) / DAY_MS;
const weekday = (date: string) => new Date(Date.parse(date)).getUTCDay();

const reference = readFileSync(new URL('../fixtures/reference/holidays_cn.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [date, kind, name] = line.split('\t');
    return { date: date!, kind: kind!, name: name! };
  });

function span(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d += 1) days.push(iso(d));
  return days;
}

function thrown(f: () => unknown): PipelineError {
  try {
    f();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error('expected a PipelineError');
}

describe('holiday data', () => {
  it('holds exactly the 108 rows of the reference TSV', () => {
    expect(reference).toHaveLength(108);
    expect(holidaysCn).toEqual(reference);
    expect(calendarYears()).toEqual([2024, 2025, 2026]);
  });

  it.each(reference)('$date ($name) is a $kind', ({ date, kind }) => {
    expect(isWorkingDay(date)).toBe(kind === 'workday');
    // 调休 days are always weekend days; otherwise the row would be pointless
    if (kind === 'workday') expect([0, 6]).toContain(weekday(date));
  });
});

describe('isWorkingDay', () => {
  it('follows the Spring Festival 2025: off Jan 28–Feb 4, make-up Sun Jan 26 and Sat Feb 8', () => {
    for (const d of span('2025-01-28', '2025-02-04')) expect(isWorkingDay(d)).toBe(false);
    for (const d of ['2025-01-26', '2025-01-27', '2025-02-05', '2025-02-07', '2025-02-08']) expect(isWorkingDay(d)).toBe(true);
    expect(isWorkingDay('2025-01-25')).toBe(false); // an ordinary Saturday
  });

  it('follows the Spring Festival 2026: off Feb 15–23, make-up Sat Feb 14 and Sat Feb 28', () => {
    for (const d of span('2026-02-15', '2026-02-23')) expect(isWorkingDay(d)).toBe(false);
    for (const d of ['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-28']) expect(isWorkingDay(d)).toBe(true);
    expect(isWorkingDay('2026-03-01')).toBe(false); // an ordinary Sunday
  });

  it('counts the working days of 2025 as the notice implies', () => {
    // 261 Mon–Fri (365 days from a Wednesday), 18 of them holidays (元旦 1, 春节 6, 清明 1, 劳动节 3,
    // 端午 1, 国庆中秋 6), plus 5 make-up weekend days: 261 − 18 + 5 = 248.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('throws USAGE for strings that are not real YYYY-MM-DD dates', () => {
    for (const bad of ['2025-02-29', '2025-1-2', '2025/01/02', '', '0024-01-01']) {
      expect(thrown(() => isWorkingDay(bad)).code).toBe('USAGE');
    }
  });

  it('throws CALENDAR_YEAR_MISSING naming the year for 2027 and 2023', () => {
    const error = thrown(() => isWorkingDay('2027-01-04'));
    expect(error.code).toBe('CALENDAR_YEAR_MISSING');
    expect(error.message).toContain('2027');
    expect(error.message).toContain('国务院');
    expect(error.context).toMatchObject({ year: 2027 });
    expect(thrown(() => isWorkingDay('2023-12-29')).message).toContain('2023');
  });
});

describe('addWorkingDays', () => {
  it('skips National Day 2025 and counts the make-up Saturday', () => {
    // Oct 1–8 are holidays; Oct 9 (Thu) and Oct 10 (Fri) are working days 1 and 2, and
    // Sat Oct 11 is a make-up working day, so the third working day is 2025-10-11, not Mon Oct 13.
    expect(addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28'); // a make-up Sunday
  });

  it('returns the date itself for n = 0, even on a holiday', () => {
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
  });

  it('rejects n that is negative or not an integer', () => {
    for (const n of [-1, 1.5, NaN, Infinity]) expect(thrown(() => addWorkingDays('2025-01-02', n)).code).toBe('USAGE');
  });

  it('throws CALENDAR_YEAR_MISSING when the count runs into 2027', () => {
    const error = thrown(() => addWorkingDays('2026-12-30', 5));
    expect(error.code).toBe('CALENDAR_YEAR_MISSING');
    expect(error.message).toContain('2027');
  });
});

describe('workingDaysBetween', () => {
  it('counts (a, b] and is negative backwards', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-11')).toBe(3);
    expect(workingDaysBetween('2025-10-11', '2025-09-30')).toBe(-3);
    expect(workingDaysBetween('2025-10-08', '2025-10-08')).toBe(0);
    expect(thrown(() => workingDaysBetween('2026-12-31', '2027-01-01')).code).toBe('CALENDAR_YEAR_MISSING');
  });

  const first = dayOf('2024-01-01');
  const last = dayOf('2026-12-31');
  const date = fc.integer({ min: first, max: last }).map(iso);

  it('agrees with addWorkingDays', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 300 }), (a, n) => {
        let b: string;
        try {
          b = addWorkingDays(a, n);
        } catch (error) {
          // only allowed when 2026 really has fewer than n working days left after a
          expect((error as PipelineError).code).toBe('CALENDAR_YEAR_MISSING');
          expect(workingDaysBetween(a, '2026-12-31')).toBeLessThan(n);
          return;
        }
        expect(workingDaysBetween(a, b)).toBe(n);
        expect(workingDaysBetween(b, a)).toBe(0 - n);
        if (n > 0) expect(isWorkingDay(b)).toBe(true);
      }),
    );
  });

  it('lands addWorkingDays on the last working day up to b', () => {
    fc.assert(
      fc.property(date, date, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const k = workingDaysBetween(a, b);
        const reached = addWorkingDays(a, k);
        expect(reached <= b).toBe(true);
        expect(span(reached, b).slice(1).some(isWorkingDay)).toBe(false);
      }),
    );
  });
});
