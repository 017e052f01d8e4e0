import '../ingest/exceljs-utf8-fix.js'; // before exceljs: see the module
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { PipelineError } from '../pipeline-error.js';
import { cellText } from './cell-text.js';
import { META_SHEET, REVIEW_COLUMNS, REVIEW_FORMAT, REVIEW_SHEET, type ReviewKey } from './review-columns.js';

/** One data row as it came back: its sheet row and each column's raw cell value. */
export interface ReviewWorkbookRow {
  readonly sheetRow: number;
  readonly cells: Readonly<Record<ReviewKey, unknown>>;
}

export interface ReviewWorkbook {
  readonly fileName: string;
  readonly sha256: string;
  /** The hidden identity sheet: 导出编号, 部门, 导出日期, 脱敏规则. */
  readonly meta: Readonly<Record<string, string>>;
  readonly rows: readonly ReviewWorkbookRow[];
}

/**
 * Reads an edited review workbook back. Columns are found by their headers; a workbook that is
 * not one of ours (no identity sheet, a header missing) is refused as a whole with what is wrong.
 * @example (await readReviewWorkbook('区经委审核表.xlsx')).meta['导出编号'] //=> 'RV-2026-000001'
 */
export async function readReviewWorkbook(path: string): Promise<ReviewWorkbook> {
  const fileName = basename(path);
  let bytes: Buffer;
  const wb = new ExcelJS.Workbook();
  try {
    bytes = readFileSync(path);
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new PipelineError('FILE_UNREADABLE', `无法读取审核表 ${fileName}：${(err as Error).message}。请确认它是保存为 .xlsx 的审核表。`, { path });
  }
  const notOurs = (what: string) =>
    new PipelineError('USAGE', `${fileName} 不是本系统导出的审核表（${what}）。请用 arrears review export 导出的文件填写后导入。`, { path });
  const metaSheet = wb.getWorksheet(META_SHEET);
  if (!metaSheet) throw notOurs(`缺少隐藏的“${META_SHEET}”工作表`);
  const meta: Record<string, string> = {};
  metaSheet.eachRow((row) => (meta[cellText(row.getCell(1).value)] = cellText(row.getCell(2).value)));
  if (meta['格式'] !== REVIEW_FORMAT) throw notOurs(`格式为“${meta['格式'] ?? '空'}”，应为 ${REVIEW_FORMAT}`);
  const ws = wb.getWorksheet(REVIEW_SHEET);
  if (!ws) throw notOurs(`缺少“${REVIEW_SHEET}”工作表`);
  const headerRow = Number(meta['表头行'] ?? 2);
  const position = new Map<string, number>();
  ws.getRow(headerRow).eachCell((cell, col) => position.set(cellText(cell.value).trim(), col));
  const missing = REVIEW_COLUMNS.filter((c) => !position.has(c.header)).map((c) => c.header);
  if (missing.length > 0) throw notOurs(`表头缺少：${missing.join('、')}`);

  const rows: ReviewWorkbookRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.key, row.getCell(position.get(c.header)!).value])) as Record<ReviewKey, unknown>;
    if (Object.values(cells).every((v) => cellText(v).trim() === '')) continue;
    rows.push({ sheetRow: r, cells });
  }
  return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), meta, rows };
}
