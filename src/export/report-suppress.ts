import { SUPPRESSED_HIDDEN, SUPPRESSED_SMALL, type ReportCell, type ReportTable, type SuppressionGroup } from './report-model.js';

/** Fewer cases than this in a cell and the cell is not published. */
export const MIN_PUBLISHED_CASES = 3;

type Mark = 'primary' | 'secondary';

const countOf = (v: ReportCell | undefined): number => (typeof v === 'number' ? v : 0);

/**
 * Can a reader who knows the 合计, every shown cell and this rule pin down a primary cell? They
 * know the suppressed cells' sum S, that a '<3' cell holds 1 or 2, and that a cell hidden to
 * protect it holds 3 or more (empty cells are shown as 0 and never chosen).
 */
function pinned(counts: readonly number[], marks: ReadonlyMap<number, Mark>, min: number): boolean {
  const hidden = [...marks.keys()];
  const total = hidden.reduce((a, i) => a + counts[i]!, 0);
  const lo = (i: number) => (marks.get(i) === 'primary' ? 1 : min);
  const hi = (i: number) => (marks.get(i) === 'primary' ? min - 1 : Infinity);
  return hidden.some((i) => {
    if (marks.get(i) !== 'primary') return false;
    const others = hidden.filter((j) => j !== i);
    const top = Math.min(hi(i), total - others.reduce((a, j) => a + lo(j), 0));
    const bottom = Math.max(lo(i), total - others.reduce((a, j) => a + hi(j), 0));
    return bottom >= top;
  });
}

/**
 * Primary cells (1 or 2 cases), then, where a 合计 is shown, complementary cells until none can be
 * derived. If even that fails (nothing left to hide), the whole column group is hidden: the same
 * 合计 is published in other tables, so hiding it here would protect nothing.
 */
function markGroup(table: ReportTable, group: SuppressionGroup, min: number): { marks: Map<number, Mark>; hideAll: boolean } {
  const counts = table.rows.map((r) => countOf(r[group.count]));
  const marks = new Map<number, Mark>();
  counts.forEach((n, i) => n > 0 && n < min && marks.set(i, 'primary'));
  const total = countOf(table.total?.[group.count]);
  // No 合计, or one under 3 (itself shown as '<3'): there is no known sum to subtract from.
  if (table.total === null || marks.size === 0 || (total > 0 && total < min)) return { marks, hideAll: false };
  while (pinned(counts, marks, min)) {
    const free = counts.map((n, i) => ({ n, i })).filter(({ n, i }) => n >= min && !marks.has(i)).sort((a, b) => a.n - b.n || a.i - b.i);
    if (free.length === 0) return { marks, hideAll: true };
    // The smallest cell that settles it on its own; else the smallest, and look again.
    const enough = free.find(({ i }) => !pinned(counts, new Map([...marks, [i, 'secondary' as Mark]]), min));
    marks.set((enough ?? free[0]!).i, 'secondary');
  }
  return { marks, hideAll: false };
}

/**
 * The publicity (宣传共推) form of a table: in each column group, a cell counting 1 or 2 cases
 * shows '<3' and its amounts '—'; where the table shows a 合计, further cells are hidden as '—'
 * (secondary suppression) so no hidden cell can be worked out from the total and the rest; if
 * that cannot be done, the whole column group is hidden. A 合计 under 3 cases is itself shown as
 * '<3'. Zero cells stay 0: they disclose no one.
 * @example suppressSmallCells(table).rows[0].cases //=> '<3' when that street had 2 cases
 */
export function suppressSmallCells(table: ReportTable, min = MIN_PUBLISHED_CASES): ReportTable {
  const rows = table.rows.map((r) => ({ ...r }));
  const total = table.total ? { ...table.total } : null;
  for (const group of table.suppression ?? []) {
    const { marks, hideAll } = markGroup(table, group, min);
    // When the whole group is hidden every cell reads '—', so no '<3' tells which ones were small.
    const hide = hideAll ? new Map(rows.map((_, i) => [i, 'secondary' as Mark])) : marks;
    for (const [i, mark] of hide) {
      for (const key of group.cells) rows[i]![key] = key === group.count && mark === 'primary' ? SUPPRESSED_SMALL : SUPPRESSED_HIDDEN;
    }
    const t = total ? countOf(total[group.count]) : 0;
    if (total && t > 0 && t < min) {
      for (const key of group.cells) if (total[key] !== null) total[key] = key === group.count ? SUPPRESSED_SMALL : SUPPRESSED_HIDDEN;
    }
  }
  const note = `少于 ${min} 件的单元格显示为“${SUPPRESSED_SMALL}”，其金额等以“${SUPPRESSED_HIDDEN}”隐去` +
    (table.total ? `；为防止由合计反推，必要时另有单元格以“${SUPPRESSED_HIDDEN}”一并隐去。` : '。');
  return { ...table, rows, total, notes: [...table.notes, note] };
}
