import type ExcelJS from 'exceljs';

/** A data cell the fast writer takes: text, a number, a day (UTC), or empty. */
export type FastCell = string | number | Date | null;

/** What of exceljs's streaming writer the fast rows use (internal to exceljs 4; pinned by the lockfile). */
interface WorkbookInternals {
  readonly styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number };
  readonly sharedStrings: { add(text: string): number };
}
interface WorksheetInternals {
  readonly stream: { write(xml: string): void };
  _rowZero: number;
  readonly _rows: unknown[] | null;
  readonly startedData: boolean;
}

// Characters XML 1.0 cannot hold at all (exceljs drops them too) and those to escape.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"']/;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s: string) => {
  const valid = s.replace(INVALID, '');
  return SPECIAL.test(valid) ? valid.replace(/[&<>"']/g, (c) => ENTITY[c]!) : valid;
};
const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day
const DAY_MS = 86_400_000;

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Writes data rows straight into an exceljs streaming worksheet as sheet XML, one style per column:
 * what exceljs's own addRow/commit does, without a Row and Cell object, a style lookup and an XML
 * builder per cell (five times faster; the writing was most of a large export). Everything else
 * in the sheet (title, header, validations, protection) stays exceljs's. Rows go after the last
 * committed row; text is a shared string when the workbook uses them, inline otherwise.
 * @example const rows = fastRows(wb, ws, styles, true); rows.write([['TR-2026-000001', 12.5, new Date(Date.UTC(2026, 3, 20)), null]]);
 */
export function fastRows(
  wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet, columnStyles: readonly Partial<ExcelJS.Style>[], sharedStrings: boolean,
): { write(rows: readonly (readonly FastCell[])[]): void } {
  const book = wb as unknown as WorkbookInternals;
  const sheet = ws as unknown as WorksheetInternals;
  if (!sheet.startedData || sheet._rows?.length) throw new Error('fastRows: commit the rows above the data first');
  const STRING = 3; // exceljs ValueType.String: the type a style without numFmt is registered for
  const styleIds = columnStyles.map((s) => book.styles.addStyleModel(s, STRING));
  const letters = columnStyles.map((_s, i) => columnLetter(i + 1));
  return {
    write(rows) {
      let xml = '';
      for (const cells of rows) {
        const r = sheet._rowZero;
        xml += `<row r="${r}">`;
        for (let i = 0; i < letters.length; i++) {
          const v = cells[i] ?? null;
          const head = `<c r="${letters[i]}${r}" s="${styleIds[i]}"`;
          if (v === null) xml += `${head}/>`;
          else if (typeof v === 'number') xml += Number.isFinite(v) ? `${head}><v>${v}</v></c>` : `${head}/>`;
          else if (v instanceof Date) xml += `${head}><v>${v.getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
          else if (sharedStrings) xml += `${head} t="s"><v>${book.sharedStrings.add(v)}</v></c>`;
          else xml += `${head} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
        }
        xml += '</row>';
        sheet._rowZero = r + 1;
      }
      sheet.stream.write(xml);
    },
  };
}
