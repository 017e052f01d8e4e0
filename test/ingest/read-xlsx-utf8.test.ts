import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exceljsUtf8Fixed } from '../../src/ingest/exceljs-utf8-fix.js';
import { readXlsx } from '../../src/ingest/read-xlsx.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();

// Three-byte UTF-8 characters in long cells: some must straddle the reader's chunk boundaries.
const text = (i: number) => `第${i}行：填表说明——闵行区七宝镇人民政府拖欠中小企业账款摸排台账，金额单位为万元。`.repeat(7);

describe('xlsx text across chunk boundaries', () => {
  it('reads every Chinese character as written, in shared strings and inline strings', async () => {
    expect(exceljsUtf8Fixed()).toBe(true);
    for (const useSharedStrings of [true, false]) {
      const path = join(dir, `utf8-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
      const ws = wb.addWorksheet('长文本');
      for (let i = 0; i < 3000; i++) ws.addRow([i, text(i)]).commit();
      ws.commit();
      await wb.commit();
      let rows = 0;
      for await (const ev of readXlsx(path)) {
        if (ev.kind !== 'row') continue;
        expect(ev.row.cells[1]).toBe(text(ev.row.cells[0] as number));
        rows++;
      }
      expect(rows).toBe(3000);
    }
  });
});
