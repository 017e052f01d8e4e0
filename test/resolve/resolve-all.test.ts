import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { recordDecision } from '../../src/resolve/record-decision.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

const dir = tempDir();
const store = await openStore({ path: join(dir, 'r.duckdb') });
afterAll(() => store.close());

const HEADER = '序号,欠款单位名称,欠款单位统一社会信用代码,中小企业名称,中小企业统一社会信用代码,项目名称,欠款金额（元）,其中：无分歧金额,其中：有分歧金额';
// Valid GB 32100 codes from the reference vectors, and two distinct codes for a conflict.
const U_JIANGONG = '91310000132149237G';
const U_A = '91350100M000100Y43';
const U_B = '911101005JLR20JR60';

async function sweep(name: string, lines: string[]) {
  const [o] = await ingestFiles(store.conn, [writeCsv(join(dir, name), [HEADER, ...lines], 'utf-8')]);
  expect(o!.status).toBe('ok');
}
const entityOf = async (name: string) =>
  (await queryRows<{ entity_id: string }>(store.conn, { sql: 'SELECT entity_id FROM entity_members WHERE legal_name = ? LIMIT 1', params: [name] }))[0]?.entity_id;
const memberEvidence = async (name: string) =>
  (await queryRows<{ rule: string; evidence: string }>(store.conn, { sql: 'SELECT rule, evidence FROM entity_members WHERE legal_name = ? ORDER BY rule', params: [name] }));
const caseOf = async (file: string, row: number) =>
  (await queryRows<{ case_id: string }>(store.conn, { sql: 'SELECT case_id FROM records_v WHERE file_name = ? AND row_number = ?', params: [file, row] }))[0]?.case_id;

describe('resolve', () => {
  it('merges spellings by USCC, core name, branch, known short name and typo, with evidence; never across two valid USCCs', async () => {
    await sweep('2026年4月_七宝镇_台账.csv', [
      `1,上海建工集团股份有限公司,${U_JIANGONG},上海安昊建材有限公司,,七宝镇农贸市场装修工程,1000000,1000000,0`,
      `2,上海建工集团股份有限公司闵行分公司,91310112MA1GBT7X4C,上海安昊建材有限公司,,2025年度钢材采购合同,500000,500000,0`,
      `3,上海建工,,安昊建材,,2024年度钢材采购合同,200000,200000,0`,
      `4,中国交建,,上海启辉建筑装饰工程有限公司,,七宝镇河道整治工程,300000,300000,0`,
      `5,中国交通建设股份有限公司,,上海启辉建筑装饰工程有限公司,,七宝镇河道整治工程,300000,300000,0`,
      `6,上海市闵行区教育局,,上海远正信息科技有限公司,${U_A},2025年度智慧校园平台开发合同,400000,400000,0`,
      `7,上海市闵行区教育局,,上海远正信息科技有限公司,${U_B},2025年度智慧校园平台开发合同,400000,400000,0`,
      `8,上海市闵行区教育局,,上海远正信息科极有限公司,,2025年度智慧校园平台开发合同,400000,400000,0`,
    ]);
    const summary = await resolveAll(store.conn);
    expect(summary.entities.created).toBe(summary.entities.entities);
    const jiangong = await entityOf('上海建工集团股份有限公司');
    expect(await entityOf('上海建工集团股份有限公司闵行分公司')).toBe(jiangong);
    expect(await entityOf('上海建工')).toBe(jiangong);
    expect(await entityOf('中国交建')).toBe(await entityOf('中国交通建设股份有限公司'));
    expect(await memberEvidence('上海建工集团股份有限公司闵行分公司')).toEqual([{ rule: 'core_equal', evidence: '分支机构并入总部（核心名称相同）' }]);
    expect((await memberEvidence('中国交建'))[0]!.rule).toMatch(/short_name|seed/);
    // Two different valid USCCs for 远正 stay two entities whatever the names say.
    const [withA] = await queryRows<{ entity_id: string }>(store.conn, { sql: 'SELECT entity_id FROM entity_members WHERE uscc = ?', params: [U_A] });
    const [withB] = await queryRows<{ entity_id: string }>(store.conn, { sql: 'SELECT entity_id FROM entity_members WHERE uscc = ?', params: [U_B] });
    expect(withA!.entity_id).not.toBe(withB!.entity_id);
  });

  it('builds SME cases by debtor, creditor and matter; a complaint about the matter joins its case', async () => {
    const f = '2026年4月_七宝镇_台账.csv';
    expect(await caseOf(f, 4)).toBe(await caseOf(f, 5));
    expect(await caseOf(f, 2)).not.toBe(await caseOf(f, 3)); // 2025 vs 2024 contracts: two matters
    expect(await caseOf(f, 1)).toMatch(/^SME-2026-\d{6}$/);
    const [o] = await ingestFiles(store.conn, [writeCsv(join(dir, 'complaints.csv'), [
      '投诉编号,登记日期,投诉渠道,投诉企业名称,被投诉单位名称,投诉金额（元）,诉求内容',
      'TS-1,2026-05-06,平台,上海启辉建筑装饰工程有限公司,中国交通建设股份有限公司,330000,河道整治工程款及违约金未付',
    ], 'utf-8')]);
    expect(o!.status).toBe('ok');
    await resolveAll(store.conn);
    expect(await caseOf('complaints.csv', 1)).toBe(await caseOf(f, 4));
  });

  it('keeps every id across re-runs and new data; a later sweep labels changes sweep over sweep', async () => {
    const before = await queryRows(store.conn, 'SELECT record_id, case_id, debtor_entity_id, creditor_entity_id FROM records_v ORDER BY record_id');
    await resolveAll(store.conn);
    expect(await queryRows(store.conn, 'SELECT record_id, case_id, debtor_entity_id, creditor_entity_id FROM records_v ORDER BY record_id')).toEqual(before);
    const f = '2026年4月_七宝镇_台账.csv';
    const april = { a: await caseOf(f, 1), b: await caseOf(f, 2), c: await caseOf(f, 3), d: await caseOf(f, 4) };
    await sweep('2026年9月_七宝镇_台账.csv', [
      `1,上海建工集团股份有限公司,${U_JIANGONG},上海安昊建材有限公司,,七宝镇农贸市场装修工程,1000000,1000000,0`,
      `2,上海建工集团股份有限公司闵行分公司,,上海安昊建材有限公司,,2025年度钢材采购合同,500000,100000,400000`,
      `3,上海建工,,安昊建材,,2024年度钢材采购合同,50000,50000,0`,
      `4,上海市闵行区卫生健康委员会,,上海晟南文化传播有限公司,,2026年度宣传策划服务合同,80000,80000,0`,
    ]);
    await resolveAll(store.conn);
    const g = '2026年9月_七宝镇_台账.csv';
    expect(await caseOf(g, 1)).toBe(april.a);
    expect(await caseOf(g, 2)).toBe(april.b);
    expect(await caseOf(g, 3)).toBe(april.c);
    const changes = Object.fromEntries(
      (await queryRows<{ case_id: string; change: string }>(store.conn, "SELECT case_id, change FROM case_changes_v WHERE period = '2026-09'")).map((r) => [r.case_id, r.change]),
    );
    expect(changes[april.a!]).toBe('persisting');
    expect(changes[april.b!]).toBe('reclassified');
    expect(changes[april.c!]).toBe('reduced');
    expect(changes[april.d!]).toBe('disappeared');
    expect(changes[(await caseOf(g, 4))!]).toBe('new');
  });

  it('a manual split survives re-resolution, and a manual link wins over the rules', async () => {
    await recordDecision(store.conn, 'split', '上海建工', '上海建工集团股份有限公司', '简称所指不明', '测试');
    await resolveAll(store.conn);
    expect(await entityOf('上海建工')).not.toBe(await entityOf('上海建工集团股份有限公司'));
    await resolveAll(store.conn);
    expect(await entityOf('上海建工')).not.toBe(await entityOf('上海建工集团股份有限公司'));
    await recordDecision(store.conn, 'link', '上海远正信息科极有限公司', '上海远正信息科技有限公司', null, null);
    await resolveAll(store.conn);
    expect(await entityOf('上海远正信息科极有限公司')).toBe(await entityOf('上海远正信息科技有限公司'));
  });
});
