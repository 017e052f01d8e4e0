import type ExcelJS from 'exceljs';
import { columnLetter, round4, type Cell } from './cell-values.js';
import { BOLD, setAt, setRow } from './sheet-writing.js';
import type { SurveyField, SurveyLayout } from './survey-layout.js';
import type { DebtorType } from './types.js';

export type Sums = Map<SurveyField, number>;

export const SECTIONS: readonly { readonly label: string; readonly types: readonly DebtorType[]; readonly weight: number }[] = [
  { label: '一、机关事业单位', types: ['机关', '事业单位'], weight: 36 },
  { label: '二、国有企业', types: ['国有企业', '平台公司'], weight: 38 },
  { label: '三、大型企业', types: ['大型企业', '其他'], weight: 26 },
];
const SUMMED: readonly SurveyField[] = ['contractAmount', 'owed', 'undisputed', 'disputed', 'cleared'];

/** Splits n rows by weights, largest remainder first, so the parts always add up to n. */
export function splitCounts(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = n - out.reduce((a, b) => a + b, 0); left > 0; k++, left--) out[order[k % order.length]![1]]!++;
  return out;
}

export function addSums(into: Sums, from: ReadonlyMap<SurveyField, number>): void {
  for (const f of SUMMED) {
    const v = from.get(f);
    if (v !== undefined) into.set(f, round4((into.get(f) ?? 0) + v));
  }
}

/** `一、机关事业单位` in the first cell, or split as `一` | `机关事业单位` over the first two. */
export function writeSectionRow(ws: ExcelJS.Worksheet, r: number, label: string, split: boolean): number {
  const [num, text] = label.split('、') as [string, string];
  setRow(ws, r, split ? [num, text] : [label], BOLD).commit();
  return r + 1;
}

/** A 小计/合计 row: SUM formulas with their cached results, so readers without a calc engine see numbers. */
export function writeSumRow(ws: ExcelJS.Worksheet, r: number, layout: SurveyLayout, col: ReadonlyMap<SurveyField, number>,
  label: string, formula: (letter: string) => string, sums: Sums): number {
  const at: Record<number, Cell> = { [layout.index % 2 === 0 ? 1 : 2]: label };
  for (const f of SUMMED) {
    const c = col.get(f);
    if (c !== undefined) at[c] = { formula: formula(columnLetter(c)), result: sums.get(f) ?? 0 };
  }
  setAt(ws, r, at, BOLD).commit();
  return r + 1;
}

/** Column width and number format; date columns get none, so Excel serials stay plain numbers. */
export function columnStyle(field: SurveyField, layout: SurveyLayout): Partial<ExcelJS.Column> {
  const width = ['debtorName', 'creditorName', 'project'].includes(field) ? 32
    : ['debtorUscc', 'creditorUscc', 'supervisor'].includes(field) ? 22 : field === 'seq' ? 6 : 12;
  const money = (SUMMED as readonly string[]).includes(field);
  return money ? { width, style: { numFmt: layout.unit === '万元' ? '#,##0.0000' : '#,##0.00' } } : { width };
}
