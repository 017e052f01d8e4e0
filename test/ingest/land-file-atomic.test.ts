import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';

// A large file reaches the table in pieces (the appenders hand their rows over as they go, and
// DuckDB writes full row groups to the file before the commit). A failure after that must still
// leave nothing of the file behind.

const dir = tempDir('land-atomic-');
const ROWS = 40_000;

async function bigSurvey(path: string): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet('摸排台账');
  ws.addRow(['填报单位：闵行区梅陇镇人民政府', null, null, '单位：元']).commit();
  ws.addRow(['序号', '欠款单位名称', '中小企业名称', '欠款金额']).commit();
  for (let i = 1; i <= ROWS; i++) ws.addRow([i, `上海市闵行区某某局${i % 50}`, `上海某某建材有限公司${i % 997}`, 1000 + i]).commit();
  await wb.commit();
  return path;
}

describe('landing a large file', () => {
  it('leaves no row of a file that fails near its end, after many rows have reached the table', async () => {
    const good = await bigSurvey(join(dir, '2026年4月_梅陇镇_台账.xlsx'));
    // The same workbook with row 39,000 written twice: its record id repeats, and the primary key
    // refuses it only when that part of the file reaches the table.
    const zip = await JSZip.loadAsync(await readFile(good));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const row = /<row r="39000"[^>]*>.*?<\/row>/.exec(sheet)![0];
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(row, row + row));
    const bad = join(dir, '2026年4月_梅陇镇_台账_重复行.xlsx');
    await writeFile(bad, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    for (const concurrency of [1, 2]) {
      const store = await openStore({ path: join(dir, `atomic-${concurrency}.duckdb`) });
      try {
        const [failed] = await ingestFiles(store.conn, [bad], { concurrency, workerMinBytes: 0 });
        expect(failed).toMatchObject({ status: 'failed', reason: expect.stringMatching(/PRIMARY KEY|duplicate key/) });
        const left = await queryRows<{ t: string; n: bigint }>(store.conn, `
          SELECT 'raw' AS t, count(*) AS n FROM raw_rows UNION ALL SELECT 'stg', count(*) FROM stg_survey
          UNION ALL SELECT 'rejects', count(*) FROM rejects UNION ALL SELECT status, count(*) FROM files GROUP BY status ORDER BY t`);
        expect(left.map((r) => [r.t, Number(r.n)])).toEqual([['failed', 1], ['raw', 0], ['rejects', 0], ['stg', 0]]);

        const [ok] = await ingestFiles(store.conn, [good], { concurrency, workerMinBytes: 0 });
        expect(ok, `concurrency ${concurrency}: ${ok && 'reason' in ok ? ok.reason : ''}`).toMatchObject({ status: 'ok', read: ROWS + 2, accepted: ROWS });
        const [{ n }] = await queryRows<{ n: bigint }>(store.conn, 'SELECT count(*) AS n FROM stg_survey');
        expect(Number(n)).toBe(ROWS);
      } finally {
        store.close();
      }
    }
  }, 120_000);
});
