import { PipelineError } from '../pipeline-error.js';
import { todayInShanghai } from '../route/apply-transfer-action.js';

/**
 * The day an export or import counts for: the given 'YYYY-MM-DD', else today in Asia/Shanghai.
 * A malformed or impossible day is a usage error, never a guess.
 * @example asOfDate('2026-04-20') //=> '2026-04-20'
 */
export function asOfDate(value?: string): string {
  const day = value ?? todayInShanghai();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const real = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === day;
  if (!real) throw new PipelineError('USAGE', `日期应写成 YYYY-MM-DD，例如 2026-04-20；收到：${day}`, { value: day });
  return day;
}
