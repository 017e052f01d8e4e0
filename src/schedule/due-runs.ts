import { Cron } from 'croner';
import { shanghaiDay } from '../normalize/shanghai-day.js';
import { isWorkingDay } from '../normalize/working-days.js';
import type { PipelineSchedule } from './pipeline-definition.js';

/** Catch-up never replays more than this many missed occurrences; older ones are reported, not run. */
export const MAX_CATCH_UP = 31;

export interface DueRuns {
  /** Occurrences to run now, oldest first. */
  readonly due: readonly Date[];
  /** Missed occurrences too old to replay. */
  readonly skipped: number;
}


/**
 * The scheduled occurrences in (last, now] — every missed one since the last recorded run, so a
 * machine that was off catches up. With no run recorded yet only the latest occurrence is due.
 * Working-day schedules skip holidays and keep 调休 make-up days.
 */
export function dueRuns(schedule: PipelineSchedule, last: Date | null, now: Date, lookback = 400): DueRuns {
  const cron = new Cron(schedule.cron, { timezone: 'Asia/Shanghai', paused: true });
  const from = last ?? new Date(now.getTime() - lookback * 86_400_000);
  const all: Date[] = [];
  for (let at = cron.nextRun(from); at && at <= now; at = cron.nextRun(at)) {
    if (!schedule.workingDaysOnly || isWorkingDay(shanghaiDay(at))) all.push(at);
  }
  if (!last) return { due: all.slice(-1), skipped: 0 };
  return { due: all.slice(-MAX_CATCH_UP), skipped: Math.max(0, all.length - MAX_CATCH_UP) };
}

export { shanghaiDay };
