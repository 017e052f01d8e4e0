import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Cell } from './cell-values.js';

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, size: 10 },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: {
    top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  },
};
export const TITLE_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, size: 16 },
  alignment: { horizontal: 'center', vertical: 'middle' },
};
export const BOLD: Partial<ExcelJS.Style> = { font: { bold: true } };

/** Writes values into one (uncommitted) row; column 1 is cells[0]. Dates get a visible format. */
export function setRow(ws: ExcelJS.Worksheet, r: number, cells: readonly Cell[], style?: Partial<ExcelJS.Style>, dateFormat = 'yyyy-mm-dd'): ExcelJS.Row {
  const row = ws.getRow(r);
  cells.forEach((value, i) => {
    if (value === null && style === undefined) return;
    const cell = row.getCell(i + 1);
    if (value !== null) cell.value = value as ExcelJS.CellValue;
    if (style !== undefined) cell.style = style;
    if (value instanceof Date) cell.numFmt = dateFormat;
  });
  return row;
}

/** Puts cells at given columns (1-based) of a row: `{ 1: 'a', 8: 'b' }`. */
export function setAt(ws: ExcelJS.Worksheet, r: number, at: Readonly<Record<number, Cell>>, style?: Partial<ExcelJS.Style>): ExcelJS.Row {
  const row = ws.getRow(r);
  for (const [c, value] of Object.entries(at)) {
    const cell = row.getCell(Number(c));
    cell.value = value as ExcelJS.CellValue;
    if (style !== undefined) cell.style = style;
    if (value instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
  }
  return row;
}

/**
 * exceljs's streaming writer pushes rows into the zip entry without waiting, so a fast producer
 * piles the whole sheet up in memory. Wait until the entry's compressor has drained. This reaches
 * into exceljs internals (WorksheetWriter.stream.pipes); if they change, it just yields a tick.
 */
export async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  // archiver hands exceljs a readable-stream v2 PassThrough: no writableNeedDrain, only _writableState.
  type Entry = Writable & { _writableState?: { needDrain?: boolean } };
  const pipe = (ws as unknown as { stream?: { pipes?: Entry[] } }).stream?.pipes?.[0];
  if (pipe !== undefined && (pipe.writableNeedDrain || pipe._writableState?.needDrain)) await once(pipe, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}
