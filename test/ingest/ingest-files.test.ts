import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { quirkySurveySheet, writeCsv, writeWorkbook } from '../helpers/write-fixtures.js';

const dir = tempDir();
const store = await openStore({ path: join(dir, 'f.duckdb') });
afterAll(() => store.close());

const COMPLAINT_HEADER = '投诉编号,登记日期,投诉渠道,投诉企业名称,投诉企业统一社会信用代码,企业规模,联系人,联系电话,被投诉单位名称,被投诉单位类型,投诉金额（元）,诉求内容,承办单位,办理状态';
const COMPLAINT_LINES = [
  COMPLAINT_HEADER,
  'TS-001,2026/4/2,平台,上海安昊建材有限公司,,小型,王五,13812345678,上海市闵行区教育局,机关,"1,234,567.80","2025年供应建材，对方至今未付款，请求督促支付。",区经委,受理',
  'TS-002,2026年4月3日,12345,张师傅,,,张师傅,13987654321,上海某某建筑劳务有限公司,其他,56000,"我们12名农民工在工地干了三个月，工资一直没发",区人社局,办理中',
  'TS-003,2026-04-05,来信,上海启辉建筑装饰工程有限公司,,微型,赵六,021-64123456,,机关,8000,"未写被投诉单位",区经委,受理',
];

describe('ingesting complaints and failures', () => {
  it('reads a GBK complaint CSV, classifies wage complaints as wage records, rejects a row without respondent', async () => {
    const path = writeCsv(join(dir, '2026年4月_投诉登记_gbk.csv'), COMPLAINT_LINES, 'gbk');
    const [o] = await ingestFiles(store.conn, [path]);
    expect(o).toMatchObject({ status: 'ok', source: 'complaint', read: 4, accepted: 2, rejected: 1, skipped: 1 });
    const rows = await queryRows(store.conn, "SELECT row_number, kind, amount_claimed_fen, complainant_is_enterprise, respondent_name FROM stg_complaint ORDER BY row_number");
    expect(rows).toEqual([
      { row_number: 1, kind: 'sme_arrears', amount_claimed_fen: 123456780n, complainant_is_enterprise: true, respondent_name: '上海市闵行区教育局' },
      { row_number: 2, kind: 'wage_arrears', amount_claimed_fen: 5600000n, complainant_is_enterprise: false, respondent_name: '上海某某建筑劳务有限公司' },
    ]);
    const [reject] = await queryRows(store.conn, "SELECT row_number, column_name, reason FROM rejects_v WHERE file_name LIKE '%gbk%'");
    expect(reject).toEqual({ row_number: 3, column_name: '被投诉单位名称', reason: '被投诉单位名称：被投诉单位名称为空' });
    const [wage] = await queryRows(store.conn, "SELECT kind, employer_name, debtor_name FROM records_v WHERE source = 'complaint' AND row_number = 2");
    expect(wage).toEqual({ kind: 'wage_arrears', employer_name: '上海某某建筑劳务有限公司', debtor_name: null });
  });

  it('reads the same complaints as UTF-8 with a BOM to the same records', async () => {
    const path = writeCsv(join(dir, '2026年4月_投诉登记_utf8.csv'), COMPLAINT_LINES, 'utf-8', true);
    const [o] = await ingestFiles(store.conn, [path]);
    expect(o).toMatchObject({ status: 'ok', accepted: 2, rejected: 1 });
    const names = await queryRows(store.conn, "SELECT DISTINCT complainant_name FROM stg_complaint ORDER BY 1");
    expect(names.map((r) => r.complainant_name)).toEqual(['上海安昊建材有限公司', '张师傅']);
  });

  it('a corrupt xlsx, an empty file and a file missing a required column fail clearly while the others go on', async () => {
    const corrupt = join(dir, 'corrupt.xlsx');
    writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const missing = writeCsv(join(dir, 'missing.csv'), ['序号,欠款单位名称,备注', '1,上海市闵行区教育局,无'], 'utf-8');
    const good = await writeWorkbook(join(dir, '2026年4月_七宝镇_ok.xlsx'), (wb) => quirkySurveySheet(wb));
    const outcomes = await ingestFiles(store.conn, [corrupt, empty, missing, good]);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed', 'ok']);
    expect(outcomes[0]).toMatchObject({ reason: expect.stringContaining('corrupt.xlsx') });
    expect(outcomes[2]).toMatchObject({ reason: expect.stringMatching(/缺少.*必需的列：.*中小企业名称.*找到的表头为：序号、欠款单位名称、备注/) });
    const files = await queryRows(store.conn, "SELECT file_name, status, error IS NOT NULL AS has_error FROM files_v WHERE status = 'failed' ORDER BY file_name");
    expect(files).toEqual([
      { file_name: 'corrupt.xlsx', status: 'failed', has_error: true },
      { file_name: 'empty.csv', status: 'failed', has_error: true },
      { file_name: 'missing.csv', status: 'failed', has_error: true },
    ]);
  });

  it('a header-only file loads with nothing accepted', async () => {
    const path = writeCsv(join(dir, 'header-only.csv'), [COMPLAINT_HEADER], 'utf-8');
    const [o] = await ingestFiles(store.conn, [path]);
    expect(o).toMatchObject({ status: 'ok', read: 1, accepted: 0, rejected: 0, skipped: 1 });
  });

  it('the same content twice is skipped; --force replaces it; a later file from the same unit and period supersedes', async () => {
    const first = await writeWorkbook(join(dir, '2026年4月_莘庄镇_台账.xlsx'), (wb) => quirkySurveySheet(wb, '闵行区莘庄镇人民政府'));
    const [a] = await ingestFiles(store.conn, [first]);
    expect(a!.status).toBe('ok');
    const [again] = await ingestFiles(store.conn, [first]);
    expect(again).toMatchObject({ status: 'skipped', reason: expect.stringContaining('--force') });
    const [forced] = await ingestFiles(store.conn, [first], { force: true });
    expect(forced).toMatchObject({ status: 'ok', accepted: 2 });
    const corrected = await writeWorkbook(join(dir, '2026年4月_莘庄镇_台账（更正）.xlsx'), (wb) => {
      const ws = quirkySurveySheet(wb, '闵行区莘庄镇人民政府');
      ws.getCell('G10').value = 5; // the negative amount, corrected
    });
    const [b] = await ingestFiles(store.conn, [corrected]);
    expect(b).toMatchObject({ status: 'ok', accepted: 3, rejected: 1, supersedes: ['2026年4月_莘庄镇_台账.xlsx'] });
    const files = await queryRows(store.conn, "SELECT file_name, status, superseded_by FROM files_v WHERE reporting_unit = '闵行区莘庄镇人民政府' ORDER BY file_id");
    expect(files).toEqual([
      { file_name: '2026年4月_莘庄镇_台账.xlsx', status: 'superseded', superseded_by: '2026年4月_莘庄镇_台账（更正）.xlsx' },
      { file_name: '2026年4月_莘庄镇_台账（更正）.xlsx', status: 'loaded', superseded_by: null },
    ]);
    // records_v shows only the current file's records; the superseded file's rows are kept in stg.
    const [n] = await queryRows<{ current: bigint; kept: bigint }>(store.conn, `
      SELECT (SELECT count(*) FROM records_v WHERE file_name LIKE '%莘庄镇%') AS current,
             (SELECT count(*) FROM stg_survey s JOIN files f USING (file_id) WHERE f.file_name LIKE '%莘庄镇%') AS kept`);
    expect(n).toEqual({ current: 3n, kept: 5n });
  });

  it('every loaded file reconciles: rows_read = accepted + rejected + skipped, and raw_rows agrees', async () => {
    const bad = await queryRows(store.conn, `
      SELECT f.file_name FROM files f
      LEFT JOIN (SELECT file_id, count(*) AS n, count(*) FILTER (disposition = 'accepted') AS a,
                        count(*) FILTER (disposition = 'rejected') AS r FROM raw_rows GROUP BY file_id) x USING (file_id)
      WHERE f.status <> 'failed' AND (f.rows_read <> f.accepted + f.rejected + f.skipped OR f.rows_read <> x.n OR f.accepted <> x.a OR f.rejected <> x.r)`);
    expect(bad).toEqual([]);
  });
});

describe('checkpointing', () => {
  it('checkpoints once after the last file: the write-ahead log is empty and the threshold is back as it was', async () => {
    const own = await openStore({ path: join(dir, 'checkpoint.duckdb') });
    try {
      const threshold = async () => (await queryRows<{ v: string }>(own.conn, "SELECT current_setting('checkpoint_threshold')::VARCHAR AS v"))[0]!.v;
      const before = await threshold();
      const paths = await Promise.all(['七宝镇', '莘庄镇'].map((u) => writeWorkbook(join(dir, `2026年4月_${u}_检查点.xlsx`), (wb) => quirkySurveySheet(wb, `闵行区${u}人民政府`))));
      const outcomes = await ingestFiles(own.conn, paths, { concurrency: 1 });
      expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok']);
      // Each file's commit alone stays far below DuckDB's 16 MB threshold: only the closing
      // CHECKPOINT empties the log.
      expect(existsSync(join(dir, 'checkpoint.duckdb.wal')) ? statSync(join(dir, 'checkpoint.duckdb.wal')).size : 0).toBe(0);
      expect(await threshold()).toBe(before);
    } finally {
      own.close();
    }
  });
});
