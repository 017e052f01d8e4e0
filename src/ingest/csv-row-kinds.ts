import type { SqlParams } from '../store/sql-params.js';
import { textShortcutChars } from '../validate/text-shortcut.js';

/**
 * SQL that is true for every row classifyRow might not call 'data' (and for a few it will):
 * rows with four or fewer non-empty cells, and rows with a cell that is only whitespace, starts
 * with a total word (小计 合计 …) or a note word (填表说明 注： …), or equals a header label, each
 * allowing whitespace anywhere as classifyRow does after stripping it; and rows whose first cell
 * starts like a numbered note (1. …) or is 1 (a column-number row). Only these rows go to
 * JavaScript, where classifyRow itself decides; the SQL never classifies anything.
 *
 * Each cell is matched on its own by a pattern anchored at its start, which gives up at the first
 * character of an ordinary cell: cheaper than one search through the whole row's text.
 *
 * @example
 * maybeNotDataSql(['c0', 'c1', 'c2', 'c3', 'c4'], new Set(['投诉编号']), params)
 * //=> "((coalesce(c0, '') <> '')::INT + … <= 4 OR regexp_matches(c0, $1) OR … OR regexp_matches(coalesce(…), $2))"
 */
export function maybeNotDataSql(columns: readonly string[], labels: ReadonlySet<string>, p: SqlParams): string {
  const { whitespace } = textShortcutChars();
  const ws = `${whitespace}*`;
  const spaced = (word: string) => [...word].map(re2Char).join(ws);
  const totals = ['小计', '合计', '总计', '累计', '本页合计', '本页小计', '汇总'];
  const notes = ['填表说明', '填报说明', '说明:', '说明：', '注:', '注：', '注意:', '注意：', '备注:', '备注：'];
  const alternatives = [
    `${whitespace}+$`,
    `${ws}(?:${[...totals, ...notes].map(spaced).join('|')})`,
    ...(labels.size > 0 ? [`${ws}(?:${[...labels].map(spaced).join('|')})${ws}$`] : []),
  ];
  const cell = p.bind(`^(?:${alternatives.join('|')})`);
  // The first non-empty cell: a cell of whitespace only already matched above.
  const first = `coalesce(${columns.map((c) => `CASE WHEN ${c} <> '' THEN ${c} END`).join(', ')}, '')`;
  const firstCell = `^${ws}(?:[0-9](?:${ws}[0-9])*${ws}[.、．]|1${ws}$)`;
  const nonEmpty = columns.map((c) => `(coalesce(${c}, '') <> '')::INT`).join(' + ');
  return `(${nonEmpty} <= 4 OR ${columns.map((c) => `regexp_matches(${c}, ${cell})`).join(' OR ')} OR regexp_matches(${first}, ${p.bind(firstCell)}))`;
}

/** A character as an RE2 literal that needs no escaping: \x{…}. */
function re2Char(ch: string): string {
  return `\\x{${ch.codePointAt(0)!.toString(16)}}`;
}
