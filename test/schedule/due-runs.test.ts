import { describe, expect, it } from 'vitest';
import { dueRuns, MAX_CATCH_UP, shanghaiDay } from '../../src/schedule/due-runs.js';

const at = (s: string) => new Date(s);
const days = (r: { due: readonly Date[] }) => r.due.map(shanghaiDay);
const workingDays = { cron: '0 8 * * *', workingDaysOnly: true, description: '每个工作日 8:00' };

describe('due runs', () => {
  it('working-day schedules skip National Day 2025 and include the make-up Saturday', () => {
    const r = dueRuns(workingDays, at('2025-09-29T01:00:00Z'), at('2025-10-13T02:00:00Z'));
    // Sept 30, then Oct 9, 10, the 调休 Saturday Oct 11, and Monday Oct 13; Sept 28 (Sun, 调休) is before `last`.
    expect(days(r)).toEqual(['2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
  });

  it('skips the Spring Festival 2026 and works Saturday Feb 14 and Feb 28', () => {
    const r = dueRuns(workingDays, at('2026-02-12T01:00:00Z'), at('2026-03-02T01:00:00Z'));
    expect(days(r)).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-02']);
  });

  it('catches up every missed quarterly sweep, and only the latest on a fresh install', () => {
    const sweep = { cron: '0 2 25 4,9,12 *', workingDaysOnly: false, description: '每年4、9、12月25日' };
    expect(days(dueRuns(sweep, at('2025-05-01T00:00:00Z'), at('2026-05-01T00:00:00Z')))).toEqual(['2025-09-25', '2025-12-25', '2026-04-25']);
    expect(days(dueRuns(sweep, null, at('2026-05-01T00:00:00Z')))).toEqual(['2026-04-25']);
    expect(dueRuns(sweep, at('2026-04-25T00:00:00Z'), at('2026-05-01T00:00:00Z')).due).toEqual([]);
  });

  it('replays at most MAX_CATCH_UP occurrences and counts the rest as skipped', () => {
    const r = dueRuns({ cron: '0 8 * * *', workingDaysOnly: false, description: '' }, at('2026-01-01T00:00:00Z'), at('2026-03-31T12:00:00Z'));
    expect(r.due).toHaveLength(MAX_CATCH_UP);
    // Jan 2 … Mar 31: the run at 08:00 on Jan 1 is `last` itself.
    expect(r.skipped).toBe(89 - MAX_CATCH_UP);
    expect(shanghaiDay(r.due.at(-1)!)).toBe('2026-03-31');
  });

  it('a year the calendar does not cover is an error, not a guess', () => {
    expect(() => dueRuns(workingDays, at('2026-12-30T00:00:00Z'), at('2027-01-05T00:00:00Z'))).toThrow(/2027/);
  });
});
