import { parseDate, type ParsedDate } from '../normalize/parse-date.js';
import { toOriginalSpan, type FoldedText, type Span } from './fold-text.js';

export interface DateMention {
  readonly value: ParsedDate;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

const DATE = /(?<!\d)(?:\d{4}年\d{1,2}月(?:\d{1,2}[日号])?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}[-/.]\d{1,2}(?![\d.万元]))(?![\d万元])/gu;

/**
 * Calendar dates in a folded text (2024年4月1日, 2024年4月, 2024-04-01, 2024/4/1, 2024.4.1),
 * read by parseDate; impossible ones (2024-02-30) are left out.
 * @example findDates(foldText('于2024年3月完工，约定2024.4.1付款')).map((d) => d.value.date) //=> ['2024-03-01', '2024-04-01']
 */
export function findDates(folded: FoldedText): readonly DateMention[] {
  const out: DateMention[] = [];
  for (const m of folded.text.matchAll(DATE)) {
    const parsed = parseDate(m[0]);
    if (!parsed.ok) continue;
    const end = m.index + m[0].length;
    out.push({ value: parsed.value, start: m.index, end, span: toOriginalSpan(folded, m.index, end) });
  }
  return out;
}
