import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type FileOutcome } from '../../src/ingest/ingest-files.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { quirkySurveySheet, writeWorkbook } from '../helpers/write-fixtures.js';

const dir = tempDir();
let store: Store;
let outcome: FileOutcome;

beforeAll(async () => {
  const path = await writeWorkbook(join(dir, '2026年4月_七宝镇_摸排台账.xlsx'), (wb) => {
    const notes = wb.addWorksheet('填表说明');
    notes.addRow(['一、填报范围：辖区内机关、事业单位、国有企业、大型企业拖欠中小企业的逾期账款。']);
    quirkySurveySheet(wb);
    const dict = wb.addWorksheet('字典', { state: 'hidden' });
    dict.addRow(['单位类型', '企业规模']);
    dict.addRow(['机关', '中型']);
  });
  store = await openStore({ path: join(dir, 's.duckdb') });
  [outcome] = await ingestFiles(store.conn, [path]);
  return () => store.close();
});

describe('ingesting a survey workbook with every quirk', () => {
  it('accounts for every row: read = accepted + rejected + skipped, skips counted by kind', () => {
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.source).toBe('survey');
    expect(outcome.period).toBe('2026-04');
    expect(outcome.reportingUnit).toBe('闵行区七宝镇人民政府');
    expect(outcome.accepted).toBe(2);
    expect(outcome.rejected).toBe(2);
    expect(outcome.read).toBe(outcome.accepted + outcome.rejected + outcome.skipped);
    expect(outcome.skippedByKind).toMatchObject({
      other_sheet: 1, hidden_sheet: 2, title: 2, header: 2, section: 2, subtotal: 2, note: 1, signature: 1, blank: 1,
    });
  });

  it('reads merged two-row headers, the 万元 unit line, formulas, serial/text/Date dates and placeholders', async () => {
    const rows = await queryRows(store.conn, `
      SELECT row_number, debtor_name, debtor_type, creditor_name, creditor_size, amount_owed_fen, undisputed_fen, disputed_fen,
             strftime(arose_on, '%Y-%m-%d') AS arose_on, planned_clear_on IS NULL AS no_plan, street_code, remarks
      FROM stg_survey ORDER BY row_number`);
    expect(rows).toEqual([
      { row_number: 6, debtor_name: '上海市闵行区教育局', debtor_type: '机关', creditor_name: '上海安昊建材有限公司', creditor_size: '小型',
        amount_owed_fen: 12500000n, undisputed_fen: 10000000n, disputed_fen: 2500000n, arose_on: '2024-04-01', no_plan: false, street_code: '310112102', remarks: null },
      { row_number: 7, debtor_name: '闵行区七宝镇人民政府', debtor_type: '机关', creditor_name: '上海启辉建筑装饰工程有限公司', creditor_size: '微型',
        amount_owed_fen: 3141600n, undisputed_fen: 3141600n, disputed_fen: 0n, arose_on: '2025-06-30', no_plan: true, street_code: '310112102', remarks: null },
    ]);
  });

  it('rejects bad rows with the file header, the value and a reason a clerk can act on', async () => {
    const rejects = await queryRows(store.conn, 'SELECT row_number, column_name, value, reason FROM rejects_v ORDER BY row_number, field');
    expect(rejects).toEqual([
      { row_number: 10, column_name: '欠款金额合计', value: '-5', reason: '欠款金额：金额不能为负数：-5' },
      { row_number: 11, column_name: '欠款形成时间', value: '2025-02-30', reason: expect.stringContaining('日期不存在') },
      { row_number: 11, column_name: '欠款方（债务人）名称', value: null, reason: '欠款单位名称：欠款单位名称为空' },
    ]);
  });

  it('keeps provenance: every row read is in raw_rows with its disposition and cells', async () => {
    const [r] = await queryRows<{ n: bigint; accepted: bigint; cells: string }>(store.conn, `
      SELECT count(*) AS n, count(*) FILTER (disposition = 'accepted') AS accepted,
             any_value(cells) FILTER (row_number = 6 AND sheet = '摸排台账') AS cells FROM raw_rows`);
    expect(Number(r!.n)).toBe(outcome.status === 'ok' ? outcome.read : -1);
    expect(r!.accepted).toBe(2n);
    expect(JSON.parse(r!.cells)[1]).toBe('上海市闵行区教育局');
    const [rec] = await queryRows(store.conn, "SELECT file_name, sheet, row_number, source, kind, period FROM records_v WHERE row_number = 6");
    expect(rec).toEqual({ file_name: '2026年4月_七宝镇_摸排台账.xlsx', sheet: '摸排台账', row_number: 6, source: 'survey', kind: 'sme_arrears', period: '2026-04' });
  });
});
