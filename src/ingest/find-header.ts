import type { SourceKind } from '../../schemas/header-aliases.js';
import { bestHeaderMatch, type HeaderMatch } from './match-header.js';
import { cellText } from './normalize-header.js';
import type { RawRow } from './raw-row.js';

/** Where a sheet's header sits and what it says. */
export interface FoundHeader {
  readonly match: HeaderMatch;
  /** Index (in the rows given) of the first and last header row: equal for a one-row header. */
  readonly first: number;
  readonly last: number;
}

/** How many leading rows are searched for a header: title, unit line and two header rows fit with room. */
export const HEADER_SEARCH_ROWS = 30;
const MIN_FIELDS = 3;

/**
 * Joins a two-row merged header. The streaming reader drops merge ranges, so a group label
 * (欠款金额 over 合计 / 无分歧 / 有分歧) sits in its first column only: carry it right across
 * the columns that have a lower label, and down into columns whose lower cell is empty.
 * @example joinHeaderRows(['欠款金额', null, '备注'], ['合计', '无分歧', null]) //=> ['欠款金额合计', '欠款金额无分歧', '备注']
 */
export function joinHeaderRows(top: readonly unknown[], bottom: readonly unknown[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const labels: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const t = cellText(top[c]);
    const b = cellText(bottom[c]);
    if (t) group = b ? t : '';
    if (!b) {
      labels.push(t);
      group = '';
    } else labels.push(group && group !== b ? group + b : b);
  }
  return labels;
}

/**
 * Finds the header among a sheet's first rows: the row, or pair of rows, whose labels match the
 * most canonical fields with none of the required ones missing. Undefined when no row qualifies.
 */
export function findHeader(rows: readonly RawRow[], forced?: SourceKind): FoundHeader | undefined {
  let best: (FoundHeader & { score: number }) | undefined;
  const consider = (labels: string[], first: number, last: number) => {
    const match = bestHeaderMatch(labels, forced);
    // A pair of rows must beat the single rows it joins: a title above a header is not a group label.
    const score = match.columns.length - match.missing.length * 100 - (last - first) * 0.5;
    if (match.columns.length < MIN_FIELDS) return;
    if (!best || score > best.score) best = { match, first, last, score };
  };
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    consider(row.cells.map(cellText), i, i);
    const next = rows[i + 1];
    if (next && next.rowNumber === row.rowNumber + 1) consider(joinHeaderRows(row.cells, next.cells), i, i + 1);
  }
  return best;
}
