import '../ingest/exceljs-utf8-fix.js'; // before exceljs: see the module
import ExcelJS from 'exceljs';
import { safeCell } from './safe-cell.js';
import type { ShareColumn, ShareValue } from './share-columns.js';

export interface WriteShareXlsxInput {
  readonly path: string;
  readonly title: string;
  /** The line naming the masking policy applied, right under the title. */
  readonly policyLine: string;
  readonly columns: readonly ShareColumn[];
  readonly rows: readonly (readonly ShareValue[])[];
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
 * Writes the information-sharing registry as a workbook (exceljs streaming writer): title, the
 * masking policy line, a frozen and filtered header, amounts as numbers in 元, and a 说明 sheet.
 * Every text cell goes through safeCell.
 * @example await writeShareXlsx({ path: '共享.xlsx', title: '信息共享台账（供区经委）', policyLine: '…', columns: SHARE_COLUMNS, rows, notes: [] })
 */
export async function writeShareXlsx(input: WriteShareXlsxInput): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: input.path, useStyles: true, useSharedStrings: true });
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
  // Shared style objects, one per column for text and one for amounts: exceljs remembers a style
  // by object, so each is rendered once rather than once per cell.
  const styles = input.columns.map((c) => {
    const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: c.width >= 28 };
    return { text: { alignment }, fen: { alignment, numFmt: '#,##0.00' } };
  });
  for (const values of input.rows) {
    const row = ws.addRow(values.map(cellOf));
    values.forEach((v, i) => {
      row.getCell(i + 1).style = v?.kind === 'fen' ? styles[i]!.fen : styles[i]!.text;
    });
    row.commit();
  }
  ws.autoFilter = `A${HEADER_ROW}:${ws.getColumn(n).letter}${Math.max(HEADER_ROW + 1, HEADER_ROW + input.rows.length)}`;
  ws.commit();
  const notes = wb.addWorksheet('说明');
  notes.columns = [{ width: 24 }, { width: 90 }];
  for (const [k, v] of input.notes) {
    const r = notes.addRow([safeCell(k), safeCell(v)]);
    r.getCell(2).alignment = { wrapText: true };
    r.commit();
  }
  notes.commit();
  await wb.commit();
}
