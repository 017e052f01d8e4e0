import '../ingest/exceljs-utf8-fix.js'; // before exceljs: see the module
import ExcelJS from 'exceljs';
import { REVIEW_OUTCOMES } from './export-labels.js';
import { cellText } from './cell-text.js';
import { HELP_SHEET, META_SHEET, REVIEW_COLUMNS, REVIEW_FORMAT, REVIEW_SHEET, type ReviewKey } from './review-columns.js';
import { safeCell } from './safe-cell.js';
import { fastRows } from './xlsx-fast-rows.js';
import { xlsxFileStream } from './xlsx-file-stream.js';

export type ReviewCell = string | number | Date | null;
export type ReviewSheetRow = Readonly<Record<ReviewKey, ReviewCell>>;

/** Everything in the workbook but its data rows. */
export interface ReviewWorkbookHead {
  readonly path: string;
  readonly title: string;
  /** Lines for the 填表说明 sheet above the column list (the transfer statement, the policy…). */
  readonly notes: readonly string[];
  /** key/value pairs for the hidden sheet that identifies the export. */
  readonly meta: Readonly<Record<string, string>>;
  readonly password?: string;
}

const HEADER_ROW = 2;
/** The sheet row of the first data row: data row i (from 0) is on sheet row FIRST_DATA_ROW + i. */
export const FIRST_DATA_ROW = HEADER_ROW + 1;
const EDIT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const PROTECT = { selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: false, formatColumns: false, formatRows: false };

/**
 * The locked cells of a data row as the workbook shows them, by header: what an import compares
 * an edited row against (review_export_rows.locked_cells).
 * @example lockedCellsOf(row)['移送编号'] //=> 'TR-2026-000001'
 */
export function lockedCellsOf(data: ReviewSheetRow): Record<string, string> {
  const locked: Record<string, string> = {};
  for (const c of REVIEW_COLUMNS) if (!c.editable && !c.hidden) locked[c.header] = cellText(safeCell(data[c.key]));
  return locked;
}

/**
 * Writes the review workbook with exceljs's streaming writer, rows as they come: a protected sheet
 * whose outcome columns alone are editable (with drop-downs), a frozen header and auto-filter, real
 * number and date cells, hidden id and version columns, a 填表说明 sheet and a very hidden identity
 * sheet. Every text cell goes through safeCell. Data row i lands on sheet row FIRST_DATA_ROW + i.
 * Shared strings make a smaller file but are held in memory until the end, so very large sheets
 * (`large`) write their text inline.
 * @example const w = openReviewWorkbook({ path: 'a.xlsx', title: '…', notes: [], meta: {} }); w.add([row]); await w.close(); //=> 1
 */
export function openReviewWorkbook(head: ReviewWorkbookHead, large = false): { add(rows: readonly ReviewSheetRow[]): void; close(): Promise<number> } {
  const file = xlsxFileStream(head.path);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file.stream, useStyles: true, useSharedStrings: !large });
  const ws = wb.addWorksheet(REVIEW_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: 'B3', activeCell: 'B3' }] });
  ws.columns = REVIEW_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    hidden: Boolean(c.hidden),
    style: c.editable ? { protection: { locked: false }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } : {},
  }));
  const lastVisible = REVIEW_COLUMNS.filter((c) => !c.hidden).length;
  const title = ws.addRow([safeCell(head.title)]);
  title.height = 48;
  title.getCell(1).style = { font: { bold: true, size: 13 }, alignment: { wrapText: true, vertical: 'middle' } };
  ws.mergeCells(1, 1, 1, lastVisible);
  title.commit();
  const header = ws.addRow(REVIEW_COLUMNS.map((c) => c.header));
  header.height = 30;
  REVIEW_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).style = {
      font: { bold: true },
      fill: c.editable ? EDIT_FILL : HEAD_FILL,
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
      border: { bottom: { style: 'thin' } },
      protection: { locked: true },
    };
  });
  header.commit();

  // One style per column, shared by all its cells.
  const cellStyles = REVIEW_COLUMNS.map((c): Partial<ExcelJS.Style> => ({
    ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    alignment: { vertical: 'top', wrapText: Boolean(c.wrap) },
    ...(c.editable ? { fill: EDIT_FILL } : {}),
    protection: { locked: !c.editable },
  }));
  const data = fastRows(wb, ws, cellStyles, !large);
  let count = 0;
  const add = (rows: readonly ReviewSheetRow[]) => {
    file.check();
    data.write(rows.map((row) => REVIEW_COLUMNS.map((c) => safeCell(row[c.key]))));
    count += rows.length;
  };

  const close = async () => {
    const last = Math.max(HEADER_ROW + 1, HEADER_ROW + count);
    const col = (key: ReviewKey) => ws.getColumn(REVIEW_COLUMNS.findIndex((c) => c.key === key) + 1).letter;
    const range = (key: ReviewKey) => `${col(key)}${HEADER_ROW + 1}:${col(key)}${last}`;
    const list = (items: readonly string[], strict: boolean) => ({
      type: 'list' as const,
      allowBlank: true,
      formulae: [`"${items.join(',')}"`],
      showErrorMessage: strict,
      errorStyle: 'stop' as const,
      errorTitle: '请从下拉中选择',
      error: `只能选择：${items.join('、')}`,
    });
    // exceljs implements range validations but its typings leave `dataValidations` out.
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(range('action'), list(['签收', '办理中', '办结', '退回'], true));
    validations.add(range('outcome'), list(REVIEW_OUTCOMES, false));
    validations.add(range('cleared'), {
      type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, error: '请填写不小于 0 的金额（元）',
    });
    validations.add(range('handled_on'), {
      type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, error: '请填写日期，如 2026-04-22',
    });
    ws.autoFilter = `A${HEADER_ROW}:${ws.getColumn(lastVisible).letter}${last}`;
    await ws.protect(head.password ?? '', PROTECT);
    ws.commit();

    // The password guards the review sheet only: hashing it costs ~0.4 s a sheet, and the other two
    // hold nothing to edit (the identity sheet is very hidden besides).
    await writeHelpSheet(wb, head.notes);
    const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
    meta.addRow(['格式', REVIEW_FORMAT]).commit();
    meta.addRow(['表头行', String(HEADER_ROW)]).commit();
    for (const [k, v] of Object.entries(head.meta)) meta.addRow([k, safeCell(v)]).commit();
    await meta.protect('', { selectLockedCells: false, selectUnlockedCells: false });
    meta.commit();
    await file.commit(() => wb.commit());
    return count;
  };
  return { add, close };
}

async function writeHelpSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, notes: readonly string[]): Promise<void> {
  const help = wb.addWorksheet(HELP_SHEET);
  help.columns = [{ width: 20 }, { width: 90 }, { width: 12 }];
  for (const line of notes) {
    const r = help.addRow([safeCell(line)]);
    help.mergeCells(r.number, 1, r.number, 3);
    r.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    r.height = 36;
    r.commit();
  }
  help.addRow([]).commit();
  const head = help.addRow(['列名', '说明', '可否填写']);
  head.font = { bold: true };
  head.commit();
  for (const c of REVIEW_COLUMNS) {
    const r = help.addRow([c.header, c.help, c.editable ? '请填写' : c.hidden ? '隐藏，勿改' : '锁定']);
    r.getCell(2).alignment = { wrapText: true };
    r.commit();
  }
  await help.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  help.commit();
}
