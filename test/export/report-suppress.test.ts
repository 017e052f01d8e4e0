import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportCell, ReportTable } from '../../src/export/report-model.js';
import { suppressSmallCells } from '../../src/export/report-suppress.js';

/** A partition table: one row per street with a case count and an amount, and optionally the 合计. */
function table(counts: readonly number[], withTotal = true): ReportTable {
  return {
    id: 't', title: 't', notes: [],
    columns: [{ key: 'name', header: '街镇', type: 'text' }, { key: 'cases', header: '案件数', type: 'count' }, { key: 'fen', header: '金额', type: 'fen' }],
    rows: counts.map((n, i) => ({ name: `S${i}`, cases: n, fen: n * 1000 })),
    total: withTotal ? { name: '合计', cases: counts.reduce((a, b) => a + b, 0), fen: counts.reduce((a, b) => a + b, 0) * 1000 } : null,
    suppression: [{ count: 'cases', cells: ['cases', 'fen'] }],
  };
}
const cases = (t: ReportTable) => t.rows.map((r) => r.cases);

describe('small-cell suppression for publicity', () => {
  it('hides a cell of 1 or 2 cases and its amount', () => {
    expect(suppressSmallCells(table([5, 2, 0, 7], false)).rows[1]).toEqual({ name: 'S1', cases: '<3', fen: '—' });
  });

  it('with a 合计 shown, hides a second cell so the first cannot be worked out by subtraction', () => {
    expect(cases(suppressSmallCells(table([5, 2, 0, 7])))).toEqual(['—', '<3', 0, 7]);
  });

  it('two cells of 1 would still be given away (1 + 1 = 2): a third is hidden', () => {
    expect(cases(suppressSmallCells(table([1, 1, 4, 9])))).toEqual(['<3', '<3', '—', 9]);
  });

  it('picks a cell that leaves real doubt: 1 next to a 3 would be pinned, so the 4 is hidden', () => {
    expect(cases(suppressSmallCells(table([1, 3, 4, 9])))).toEqual(['<3', 3, '—', 9]);
  });

  it('when no choice of cells leaves doubt (3 + 3 + 1 = 7), the whole group is hidden', () => {
    const t = suppressSmallCells(table([3, 3, 1]));
    expect(t.rows).toEqual([{ name: 'S0', cases: '—', fen: '—' }, { name: 'S1', cases: '—', fen: '—' }, { name: 'S2', cases: '—', fen: '—' }]);
    expect(t.total).toEqual({ name: '合计', cases: 7, fen: 7000 }); // published elsewhere anyway, so not hidden here
  });

  it('a 合计 under 3 is itself suppressed; zero cells stay 0; the note explains', () => {
    const t = suppressSmallCells(table([0, 2, 0]));
    expect(cases(t)).toEqual([0, '<3', 0]);
    expect(t.total).toEqual({ name: '合计', cases: '<3', fen: '—' });
    expect(t.notes.join()).toContain('少于 3 件');
  });

  it('tables without a 合计 get primary suppression only', () => {
    expect(cases(suppressSmallCells(table([2, 9, 9], false)))).toEqual(['<3', 9, 9]);
  });

  // Oracle: enumerate every assignment a reader could hold true — '<3' cells 1..2, '—' cells 3..S
  // (or 0..S when the whole column is hidden), summing to the known total — and check each small
  // cell could take two values at least.
  it('no small cell can be deduced from the total and the shown cells (brute force)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 3, max: 8 })), { minLength: 1, maxLength: 6 }), (counts) => {
        const t = suppressSmallCells(table(counts));
        if (t.total!.cases === '<3') return true; // no known sum to subtract from
        const hidden = t.rows.map((r, i) => ({ i, mark: r.cases as ReportCell })).filter((h) => typeof h.mark === 'string');
        const s = hidden.reduce((a, h) => a + counts[h.i]!, 0);
        const allHidden = hidden.length === t.rows.length && hidden.every((h) => h.mark === '—');
        const possible = hidden.map(() => new Set<number>());
        const walk = (k: number, left: number, picked: number[]) => {
          if (k === hidden.length) {
            if (left === 0) picked.forEach((v, j) => possible[j]!.add(v));
            return;
          }
          const [lo, hi] = hidden[k]!.mark === '<3' ? [1, 2] : [allHidden ? 0 : 3, left];
          for (let v = lo; v <= Math.min(hi, left); v++) walk(k + 1, left - v, [...picked, v]);
        };
        walk(0, s, []);
        return hidden.every((h, j) => h.mark !== '<3' || possible[j]!.size >= 2);
      }),
      { numRuns: 300 },
    );
  });
});
