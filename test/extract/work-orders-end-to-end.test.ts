import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWorkOrders } from '../../sample-data/generator/work-orders.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { readDb } from '../helpers/read-db.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

const dir = tempDir();
const db = join(dir, 'orders.duckdb');

const HEADER = ['工单编号', '受理时间', '工单来源', '诉求街道', '诉求地址', '工单类型', '诉求内容', '主办单位', '市民姓名', '市民电话'] as const;

describe('free-text work orders through the pipeline', () => {
  const { orders, truth } = generateWorkOrders(60, 11);
  const csv = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const file = writeCsv(join(dir, '2026年4月_12345工单.csv'), [HEADER.join(','), ...orders.map((o) => HEADER.map((h) => csv(o[h])).join(','))], 'gbk');

  it('are ingested as work orders, read, resolved into cases, with the others kept and counted', async () => {
    const sample = join(REPO_ROOT, 'sample-data', '2026-04');
    expect((await runCli(['--db', db, 'ingest', join(sample, 'surveys'), join(sample, 'wage-leads')], { cwd: dir })).code).toBe(0);
    const ingested = await runCli(['--db', db, '--json', 'ingest', file], { cwd: dir });
    expect(ingested.code).toBe(0);
    const [o] = JSON.parse(ingested.stdout).files;
    expect(o).toMatchObject({ status: 'ok', source: 'work_order', accepted: 60 });
    const run = await runCli(['--db', db, '--json', 'run', 'lead-intake', '--as-of', '2026-04-27', '--inbox', join(dir, 'none')], { cwd: dir });
    expect(run.code).toBe(0);
    const extract = JSON.parse(run.stdout).stages.find((s: { stage: string }) => s.stage === 'extract');
    const expected = (k: string) => truth.filter((t) => t.kind === k).length;
    expect(extract.summary).toContain(`账款 ${expected('sme_arrears')}`);
    expect(extract.summary).toContain(`欠薪 ${expected('wage_arrears')}`);
    expect(extract.summary).toContain(`非欠款事项 ${expected('other')}`);
  });

  it('count in the by-channel summary under their own channel, by kind', async () => {
    const fromOrders = await readDb<{ channel: string; kind: string; n: string }>(db, `
      SELECT channel, kind, count(*) AS n FROM work_orders_v WHERE kind IN ('sme_arrears', 'wage_arrears') GROUP BY ALL ORDER BY ALL`);
    expect(fromOrders.length).toBeGreaterThan(0);
    expect(fromOrders.every((r) => r.channel)).toBe(true);
    const summarised = await readDb<{ channel: string; kind: string; n: string }>(db, `
      SELECT channel, kind, n FROM (
        SELECT channel, 'sme_arrears' AS kind, sum(sme_records) AS n FROM summary_channel_v GROUP BY ALL
        UNION ALL SELECT channel, 'wage_arrears', sum(wage_records) FROM summary_channel_v GROUP BY ALL
      ) WHERE n > 0 ORDER BY ALL`);
    // The sample-data surveys and leads bring no structured complaints: every complaint row here is an order.
    expect(summarised).toEqual(fromOrders);
  });

  it('case show gives the text with what was read where, and no caller phone in clear', async () => {
    const rows = await readDb<{ case_id: string; row_number: number }>(
      db,
      "SELECT case_id, row_number FROM records_v WHERE file_name = '2026年4月_12345工单.csv' AND kind = 'sme_arrears' AND case_id IS NOT NULL ORDER BY row_number LIMIT 1",
    );
    expect(rows).toHaveLength(1);
    const order = orders[rows[0]!.row_number - 1]!;
    const shown = await runCli(['--db', db, 'case', 'show', rows[0]!.case_id], { cwd: dir });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('工单原文');
    expect(shown.stdout).toMatch(/「[^」]+」\[欠款单位 \d\.\d\d\]/);
    expect(shown.stdout).not.toContain(order.市民电话);
  });

  it('a person’s correction wins over extraction and survives the next run', async () => {
    const review = JSON.parse((await runCli(['--db', db, '--json', 'complaints', 'review'], { cwd: dir })).stdout).orders;
    expect(review.length).toBeGreaterThan(0);
    expect(JSON.stringify(review)).not.toMatch(/1[3-9]\d{9}/);
    const id = review[0].record_id;
    const corrected = await runCli(['--db', db, 'complaints', 'correct', id, '--kind', 'sme_arrears', '--debtor', '上海市闵行区教育局', '--creditor', '上海安昊建材有限公司', '--amount', '12.5万', '--by', '王芳'], { cwd: dir });
    expect(corrected.code).toBe(0);
    await runCli(['--db', db, 'run', 'lead-intake', '--as-of', '2026-04-28', '--inbox', join(dir, 'none')], { cwd: dir });
    const after = JSON.parse((await runCli(['--db', db, '--json', 'complaints', 'review'], { cwd: dir })).stdout).orders;
    expect(after.map((r: { record_id: string }) => r.record_id)).not.toContain(id);
  });
});
