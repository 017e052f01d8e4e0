import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../sample-data/generator/generate-sample.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { listInputFiles } from '../../src/ingest/list-input-files.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

const dir = tempDir();
const sample = join(dir, 'sample');
await generateSample({ rows: 700, seed: 5, out: sample, period: { year: 2026, month: 4 }, kind: 'all' });
// 睿中 and 蕊中 are one firm written two ways, owed one matter by the hospital in two sweeps; only
// the later bureau's sheet, about another matter, shows it (same debtor, project and amount):
// the hospital's two records must then become one case although nothing new was said about them.
const HEADER = '序号,欠款单位名称,中小企业名称,项目名称,欠款金额（元）,其中：无分歧金额,其中：有分歧金额';
const sheet = (name: string, lines: string[]) => writeCsv(join(dir, name), [HEADER, ...lines], 'utf-8');
const surveys = [...listInputFiles([join(sample, 'surveys')]),
  sheet('2026年4月_区教育局_台账.csv', ['1,上海市闵行区吴泾医院,上海睿中保洁服务有限公司,吴泾医院保洁服务合同,100000,100000,0']),
  sheet('2026年9月_区教育局_台账.csv', ['1,上海市闵行区吴泾医院,上海蕊中保洁服务有限公司,吴泾医院保洁服务合同,80000,80000,0'])];
const others = [...listInputFiles([join(sample, 'complaints'), join(sample, 'wage-leads')]),
  sheet('2026年9月_区卫健委_台账.csv', [
    '1,上海市闵行区卫生健康委员会,上海睿中保洁服务有限公司,2026年度办公楼保洁服务合同,55000,55000,0',
    '2,上海市闵行区卫生健康委员会,上海蕊中保洁服务有限公司,2026年度办公楼保洁服务合同,55000,55000,0'])];

async function store(name: string): Promise<Store> {
  const s = await openStore({ path: join(dir, `${name}.duckdb`) });
  afterAll(() => s.close());
  return s;
}

/** Records grouped the way a resolution groups them, ids relabelled by first appearance: two runs agree when these agree. */
async function partitions(s: Store) {
  const rows = await queryRows<Record<string, string | null>>(s.conn,
    'SELECT file_name, row_number, debtor_entity_id, creditor_entity_id, employer_entity_id, case_id FROM records_v ORDER BY file_name, row_number');
  const labels = new Map<string, string>();
  const label = (id: string | null) => (id === null ? null : (labels.get(id) ?? labels.set(id, `#${labels.size}`).get(id)!));
  return rows.map((r) => [r.file_name, r.row_number, label(r.debtor_entity_id), label(r.creditor_entity_id), label(r.employer_entity_id), label(r.case_id)]);
}

describe('resolving as data arrives', () => {
  it('gives the same entities and cases as resolving everything at once, and a run with nothing new does nothing', async () => {
    const once = await store('once');
    await ingestFiles(once.conn, [...surveys, ...others]);
    await resolveAll(once.conn);

    const growing = await store('growing');
    await ingestFiles(growing.conn, surveys);
    const first = await resolveAll(growing.conn);
    await ingestFiles(growing.conn, others);
    const second = await resolveAll(growing.conn);
    expect(second.records.changed).toBe(second.records.records - first.records.records);
    expect(second.entities.newMentions).toBeLessThan(second.entities.mentions);

    expect(await partitions(growing)).toEqual(await partitions(once));
    const hospital = await queryRows<{ case_id: string }>(growing.conn, "SELECT DISTINCT case_id FROM records_v WHERE debtor_name = '上海市闵行区吴泾医院' AND creditor_name LIKE '上海_中保洁服务有限公司'");
    expect(hospital).toHaveLength(1);
    const before = await queryRows(growing.conn, 'SELECT mention_key, entity_id, assigned_at FROM entity_members ORDER BY mention_key');
    const again = await resolveAll(growing.conn);
    expect(again.unchanged).toBe(true);
    expect(await queryRows(growing.conn, 'SELECT mention_key, entity_id, assigned_at FROM entity_members ORDER BY mention_key')).toEqual(before);
  });

  it('a corrected resubmission: its rows find their cases, a dropped row’s case has no current record, and nothing else moves', async () => {
    const s = await store('resubmission');
    const before = await queryRows<{ n: bigint }>(s.conn, 'SELECT count(*) AS n FROM cases');
    expect(before[0]!.n).toBe(0n);
    await ingestFiles(s.conn, [sheet('2026年4月_虹桥镇_台账.csv', [
      '1,上海市闵行区虹桥镇人民政府,上海启辉建筑装饰工程有限公司,虹桥镇敬老院装修工程,300000,300000,0',
      '2,上海市闵行区教育局,上海远正信息科技有限公司,2025年度智慧校园平台开发合同,400000,400000,0'])]);
    await resolveAll(s.conn);
    const caseOf = async (file: string, row: number) =>
      (await queryRows<{ case_id: string }>(s.conn, { sql: 'SELECT case_id FROM case_records JOIN stg_survey USING (record_id) JOIN files f USING (file_id) WHERE f.file_name = ? AND row_number = ?', params: [file, row] }))[0]?.case_id;
    const kept = await caseOf('2026年4月_虹桥镇_台账.csv', 1);
    const dropped = await caseOf('2026年4月_虹桥镇_台账.csv', 2);
    const [o] = await ingestFiles(s.conn, [sheet('2026年4月_虹桥镇_台账（更正）.csv', [
      '1,上海市闵行区虹桥镇人民政府,上海启辉建筑装饰工程有限公司,虹桥镇敬老院装修工程,300000,300000,0',
      '2,上海市闵行区卫生健康委员会,上海晟南文化传播有限公司,2026年度宣传策划服务合同,80000,80000,0'])]);
    expect(o).toMatchObject({ status: 'ok', supersedes: ['2026年4月_虹桥镇_台账.csv'] });
    const r = await resolveAll(s.conn);
    expect(r.records.changed).toBe(4); // two new rows, two rows of the superseded file
    expect(await caseOf('2026年4月_虹桥镇_台账（更正）.csv', 1)).toBe(kept);
    const facts = await queryRows<{ case_id: string; record_count: number }>(s.conn, { sql: 'SELECT case_id, record_count FROM cases WHERE case_id IN (?, ?) ORDER BY case_id', params: [kept!, dropped!] });
    expect(Object.fromEntries(facts.map((f) => [f.case_id, f.record_count]))).toEqual({ [kept!]: 1, [dropped!]: 0 });
    expect((await resolveAll(s.conn)).unchanged).toBe(true);
  });
});

