// One module per function: date-fns's index loads all of them (0.1 s of every start).
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import type { RoutingRule } from '../../schemas/routing-rules-schema.js';
import { addWorkingDays } from '../normalize/working-days.js';

/**
 * A transfer's due date and how the deadline reads to a person. Working days follow the Chinese
 * calendar (holidays and 调休 make-up days); a year the calendar lacks is an error, not a guess.
 * @example dueDate('2025-09-30', { days: 3, unit: 'working' }) //=> { dueOn: '2025-10-11', text: '3 个工作日' }
 */
export function dueDate(from: string, deadline: RoutingRule['deadline']): { dueOn: string; text: string } {
  if (deadline.unit === 'working') return { dueOn: addWorkingDays(from, deadline.days), text: `${deadline.days} 个工作日` };
  const dueOn = formatISO(addDays(parseISO(from), deadline.days), { representation: 'date' });
  return { dueOn, text: `${deadline.days} 日${deadline.extendableTo ? `（可延长至 ${deadline.extendableTo} 日）` : ''}` };
}
