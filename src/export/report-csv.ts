import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, ReportCell, ReportColumn, ReportTable } from './report-model.js';
import { reportHeader } from './report-cell-text.js';
import { fenToYuanText } from './report-money.js';
import { csvField } from './safe-cell.js';

/** Excel opens a CSV as UTF-8 (and shows Chinese right) only when it starts with this mark. */
export const UTF8_BOM = '\ufeff';

// Numbers we format ourselves are written bare so Excel reads them as numbers (a negative amount
// would otherwise be taken for a formula and neutralised); every text cell goes through csvField.
function csvCell(cell: ReportCell, column: ReportColumn): string {
  if (typeof cell === 'number') return column.type === 'fen' ? fenToYuanText(cell) : String(cell);
  return csvField(cell);
}

function tableCsv(table: ReportTable): string {
  const lines = [table.columns.map((c) => csvField(reportHeader(c, '元'))).join(',')];
  for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
    lines.push(table.columns.map((c) => csvCell(row[c.key] ?? null, c)).join(','));
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Writes the report as CSV: one file per table in the folder `dir` (`01_by_period.csv`, …, the
 * 合计 row last), plus README.txt with the title and notes. UTF-8 with BOM, CRLF; amounts in 元
 * as exact decimals; every text cell neutralised against formulas. Returns the files written.
 * @example writeReportCsv(report, 'out/report-2026-04') //=> ['out/report-2026-04/README.txt', 'out/report-2026-04/01_by_period.csv', …]
 */
export function writeReportCsv(report: Report, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const readme = [report.title, `期次：${report.period}`, `生成时间：${report.generatedAt}`, '金额单位：元', ...report.notes, ''];
  const files: string[] = [join(dir, 'README.txt')];
  report.tables.forEach((table, i) => {
    const name = `${String(i + 1).padStart(2, '0')}_${table.id}.csv`;
    writeFileSync(join(dir, name), tableCsv(table), 'utf8');
    files.push(join(dir, name));
    readme.push(`${name}：${table.title}`, ...table.notes.map((n) => `  注：${n}`));
  });
  writeFileSync(files[0]!, UTF8_BOM + readme.join('\r\n') + '\r\n', 'utf8');
  return files;
}
