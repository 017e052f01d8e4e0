import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { buildLinks, MAX_PROJECT_PAIRS } from '../../src/link/build-links.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

// Real listed companies, each a different party: debtors, creditors and employers never repeat.
const names = readFileSync(new URL('../../sample-data/reference/companies.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t')[3]!);
let next = 0;
const company = () => names[next++]!;

const COMMON = '华漕镇体育公园装修工程'; // one name, many unrelated cases
const RARE = '华漕镇诸翟村老年活动室改建工程'; // one name, one project
const SME_ON_COMMON = 41;
const WAGE_ON_COMMON = Math.ceil(MAX_PROJECT_PAIRS / SME_ON_COMMON) + 1; // just over the limit of pairs

const dir = tempDir();
const store = await openStore({ path: join(dir, 'links.duckdb') });
afterAll(() => store.close());

beforeAll(async () => {
  const survey = ['序号,欠款单位名称,中小企业名称,项目名称,欠款金额（元）'];
  for (let i = 0; i < SME_ON_COMMON; i++) survey.push(`${i + 1},${company()},${company()},${COMMON},${100000 + i}`);
  survey.push(`${SME_ON_COMMON + 1},${company()},${company()},${RARE},250000`);
  const leads = ['线索编号,受理日期,反映人姓名,联系电话,用人单位名称,项目名称,欠薪人数,欠薪金额（元）,问题摘要'];
  for (let i = 0; i < WAGE_ON_COMMON; i++) leads.push(`XS-${i},2026-04-10,李四,13812345678,${company()},${COMMON},5,${50000 + i},5名工人工资被拖欠`);
  leads.push(`XS-R,2026-04-11,王五,13912345678,${company()},${RARE},3,30000,3名工人工资被拖欠`);
  for (const [file, lines] of [['2026年4月_华漕镇_台账.csv', survey], ['欠薪线索.csv', leads]] as const) {
    const [o] = await ingestFiles(store.conn, [writeCsv(join(dir, file), lines, 'utf-8')]);
    expect(o!.status).toBe('ok');
  }
  await resolveAll(store.conn);
});

describe('same_project links', () => {
  it('tie cases by a project name, unless the name would tie more than MAX_PROJECT_PAIRS pairs', async () => {
    const summary = await buildLinks(store.conn);
    expect(SME_ON_COMMON * WAGE_ON_COMMON).toBeGreaterThan(MAX_PROJECT_PAIRS);
    expect(summary.too_common_projects).toBe(1);
    const links = await queryRows<{ reason: string; n: bigint }>(
      store.conn, "SELECT reason, count(*) AS n FROM links WHERE link_type = 'same_project' GROUP BY reason");
    expect(links).toEqual([{ reason: `同一项目：「${RARE}」`, n: 1n }]);
    expect(summary.same_project).toBe(1);
  });
});
