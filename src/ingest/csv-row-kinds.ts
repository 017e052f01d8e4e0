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
 * `cells` is the row's cells as JSON text (as raw_rows stores them): one regular expression over
 * it looks at every cell at once, a cell starting after `["` or `","`.
 *
 * @example
 * maybeNotDataSql(['c0', 'c1', 'c2', 'c3', 'c4'], 'cells', new Set(['投诉编号']), params)
 * //=> "((c0 <> '')::INT + … <= 4 OR regexp_matches(cells, $1) OR regexp_matches(coalesce(…), $2))"
 */
export function maybeNotDataSql(columns: readonly string[], cells: string, labels: ReadonlySet<string>, p: SqlParams): string | undefined {
  // A label JSON would escape could hide from the pattern: such a file is read row by row.
  if ([...labels].some((l) => JSON.stringify(l).length !== l.length + 2)) return undefined;
  const { whitespace, printableWhitespace } = textShortcutChars();
  // Whitespace as it appears inside JSON text: raw, or escaped (\t \n \r \f, \u000b for VT).
  const jsonWs = `(?:${printableWhitespace}|\\\\[tnrf]|\\\\u000[bB])`;
  const spaced = (word: string) => [...word].map(re2Char).join(`${jsonWs}*`);
  const cellStart = '(?:^\\["|",")';
  const cellEnd = '"(?:,|\\])';
  const totals = ['小计', '合计', '总计', '累计', '本页合计', '本页小计', '汇总'];
  const notes = ['填表说明', '填报说明', '说明:', '说明：', '注:', '注：', '注意:', '注意：', '备注:', '备注：'];
  const alternatives = [
    `${jsonWs}+${cellEnd}`,
    `${jsonWs}*(?:${[...totals, ...notes].map(spaced).join('|')})`,
    ...(labels.size > 0 ? [`${jsonWs}*(?:${[...labels].map(spaced).join('|')})${jsonWs}*${cellEnd}`] : []),
  ];
  const anyCell = `${cellStart}(?:${alternatives.join('|')})`;
  // The first non-empty cell: a cell of whitespace only already matched above.
  const first = `coalesce(${columns.map((c) => `CASE WHEN ${c} <> '' THEN ${c} END`).join(', ')}, '')`;
  const rawWs = `${whitespace}*`;
  const firstCell = `^${rawWs}(?:[0-9](?:${rawWs}[0-9])*${rawWs}[.、．]|1${rawWs}$)`;
  const nonEmpty = columns.map((c) => `(coalesce(${c}, '') <> '')::INT`).join(' + ');
  return `(${nonEmpty} <= 4 OR regexp_matches(${cells}, ${p.bind(anyCell)}) OR regexp_matches(${first}, ${p.bind(firstCell)}))`;
}

/** A character as an RE2 literal that needs no escaping: \x{…}. */
function re2Char(ch: string): string {
  return `\\x{${ch.codePointAt(0)!.toString(16)}}`;
}
