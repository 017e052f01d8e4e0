import '../ingest/exceljs-utf8-fix.js'; // before exceljs: see the module
import ExcelJS from 'exceljs';
import { safeCell } from './safe-cell.js';
import { fastRows } from './xlsx-fast-rows.js';
import { xlsxFileStream } from './xlsx-file-stream.js';
import type { ShareColumn, ShareValue } from './share-columns.js';

/** Everything in the registry workbook but its data rows. */
export interface ShareWorkbookHead {
  readonly path: string;
  readonly title: string;
  /** The line naming the masking policy applied, right under the title. */
  readonly policyLine: string;
  readonly columns: readonly Pick<ShareColumn, 'header' | 'width' | 'money'>[];
  /** The 说明 sheet: one [item, explanation] pair a line. */
  readonly notes: readonly (readonly [string, string])[];
}

const HEADER_ROW = 3;
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function cellOf(v: ShareValue): string | number | null {
  if (v === null) return null;
  if (v.kind === 'fen') return Number(v.value) / 100; // integer fen in the store; yuan for display only
  return v.kind === 'int' ? v.value : (safeCell(v.value) as string);
}

/**
 * Writes the information-sharing registry as a workbook (exceljs streaming writer), rows as they
 * come: title, the masking policy line, a frozen and filtered header, amounts as numbers in 元, and
 * a 说明 sheet. Every text cell goes through safeCell. Very large sheets (`large`) write their
 * text inline rather than as shared strings, which are held in memory to the end.
 * @example const w = openShareWorkbook({ path: '共享.xlsx', title: '信息共享台账（供区经委）', policyLine: '…', columns: SHARE_COLUMNS, notes: [] }); w.add(rows); await w.close();
 */
export function openShareWorkbook(input: ShareWorkbookHead, large = false): { add(rows: readonly (readonly ShareValue[])[]): void; close(): Promise<number> } {
  const file = xlsxFileStream(input.path);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file.stream, useStyles: true, useSharedStrings: !large });
  const ws = wb.addWorksheet('信息共享台账', { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.columns = input.columns.map((c) => ({ width: c.width }));
  const n = input.columns.length;
  for (const [i, line] of [input.title, input.policyLine].entries()) {
    const r = ws.addRow([safeCell(line)]);
    r.getCell(1).style = { font: { bold: i === 0, size: i === 0 ? 13 : 11 }, alignment: { wrapText: true, vertical: 'middle' } };
    r.height = i === 0 ? 30 : 20;
    ws.mergeCells(r.number, 1, r.number, n);
    r.commit();
  }
  const header = ws.addRow(input.columns.map((c) => c.header));
  header.eachCell((cell) => (cell.style = { font: { bold: true }, fill: HEAD_FILL, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' } }));
  header.commit();
  // One style per column, shared by all its cells: amounts as 元 with two decimals.
  const styles = input.columns.map((c): Partial<ExcelJS.Style> => {
    const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: c.width >= 28 };
    return c.money ? { alignment, numFmt: '#,##0.00' } : { alignment };
  });
  const data = fastRows(wb, ws, styles, !large);
  let count = 0;
  const add = (rows: readonly (readonly ShareValue[])[]) => {
    file.check();
    data.write(rows.map((values) => values.map(cellOf)));
    count += rows.length;
  };
  const close = async () => {
    ws.autoFilter = `A${HEADER_ROW}:${ws.getColumn(n).letter}${Math.max(HEADER_ROW + 1, HEADER_ROW + count)}`;
    ws.commit();
    const notes = wb.addWorksheet('说明');
    notes.columns = [{ width: 24 }, { width: 90 }];
    for (const [k, v] of input.notes) {
      const r = notes.addRow([safeCell(k), safeCell(v)]);
      r.getCell(2).alignment = { wrapText: true };
      r.commit();
    }
    notes.commit();
    await file.commit(() => wb.commit());
    return count;
  };
  return { add, close };
}
