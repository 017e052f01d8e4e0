import ExcelJS from 'exceljs';
import type { Report, ReportCell, ReportColumn, ReportTable } from './report-model.js';
import { reportHeader } from './report-cell-text.js';
import { safeCell } from './safe-cell.js';

const YUAN_FORMAT = '#,##0.00';
const COUNT_FORMAT = '#,##0';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (title: string, used: Set<string>) => {
  let name = title.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
  for (let i = 2; used.has(name); i++) name = `${title.slice(0, 28)}-${i}`;
  used.add(name);
  return name;
};

// A money cell holds 元 (fen / 100) only here, at the edge, so Excel can format and sum it.
function cellValue(cell: ReportCell, column: ReportColumn): ExcelJS.CellValue {
  if (typeof cell === 'number') return column.type === 'fen' ? cell / 100 : cell;
  return cell === null ? null : (safeCell(cell) as string);
}

function addTableSheet(wb: ExcelJS.Workbook, table: ReportTable, name: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({
    header: safeCell(reportHeader(c, '元')) as string,
    key: c.key,
    width: Math.min(40, Math.max(10, reportHeader(c, '元').length * 2 + 2, ...table.rows.map((r) => String(r[c.key] ?? '').length * 2))),
    style: c.type === 'fen' ? { numFmt: YUAN_FORMAT } : c.type === 'count' ? { numFmt: COUNT_FORMAT } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const row of table.rows) ws.addRow(table.columns.map((c) => cellValue(row[c.key] ?? null, c)));
  if (table.total) {
    const total = table.total;
    const r = ws.addRow(table.columns.map((c) => cellValue(total[c.key] ?? null, c)));
    r.font = { bold: true };
    r.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  }
  // Markers ('<3', '—') sit in number columns: keep them right-aligned with the numbers.
  table.columns.forEach((c, i) => c.type !== 'text' && (ws.getColumn(i + 1).alignment = { horizontal: 'right' }));
  if (table.rows.length === 0) ws.addRow([safeCell('（本期无数据）')]);
  ws.addRow([]);
  for (const note of table.notes) ws.addRow([safeCell(`注：${note}`)]).font = { italic: true, color: { argb: 'FF595959' } };
}

/**
 * Writes the report as one xlsx workbook: a 说明 sheet, then one sheet per table with Chinese
 * headers (frozen), amounts in 元 formatted #,##0.00, counts #,##0, the 合计 row in bold, notes
 * under the table. Every text cell is neutralised against formulas.
 * @example await writeReportXlsx(report, 'out/report-2026-04.xlsx')
 */
export async function writeReportXlsx(report: Report, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'arrears-pipeline';
  wb.created = new Date(report.generatedAt);
  const used = new Set<string>(['说明']);
  const names = report.tables.map((t) => sheetName(t.title, used));
  const about = wb.addWorksheet('说明');
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 80;
  about.addRow([safeCell(report.title)]).font = { bold: true, size: 14 };
  about.addRow(['期次', report.period]);
  about.addRow(['生成时间', report.generatedAt]);
  about.addRow(['金额单位', '元']);
  for (const note of report.notes) about.addRow(['说明', safeCell(note)]);
  about.addRow([]);
  about.addRow(['工作表', '内容']).font = { bold: true };
  report.tables.forEach((t, i) => about.addRow([safeCell(names[i]!), safeCell(t.title)]));
  report.tables.forEach((t, i) => addTableSheet(wb, t, names[i]!));
  await wb.xlsx.writeFile(path);
}
