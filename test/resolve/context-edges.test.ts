import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { judgeContextPair } from '../../src/resolve/context-edges.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

const party = (coreName: string, uscc: string | null = null, usccValid = false) => ({ coreName, uscc, usccValid });

describe('judging a pair that shares a matter', () => {
  it('joins two spellings of one name written two ways', () => {
    expect(judgeContextPair(party('蕊中保洁服务'), party('睿中保洁服务'))).toEqual({ score: 0.91, label: expect.stringContaining('同一欠款事项') });
  });

  it('never joins two valid USCCs, different numerals, or names too far apart', () => {
    expect(judgeContextPair(party('蕊中保洁服务', '91350100M000100Y43', true), party('睿中保洁服务', '911101005JLR20JR60', true))).toBeNull();
    expect(judgeContextPair(party('中建八局保洁'), party('中建五局保洁'))).toBeNull();
    expect(judgeContextPair(party('蕊中保洁服务'), party('华为技术研究'))).toBeNull();
  });
});

describe('collective evidence in a store', () => {
  const dir = tempDir();
  const HEADER = '序号,欠款单位名称,中小企业名称,项目名称,欠款金额（元）,其中：无分歧金额,其中：有分歧金额';
  const entityOf = async (conn: Awaited<ReturnType<typeof openStore>>['conn'], name: string) =>
    (await queryRows<{ entity_id: string; rule: string }>(conn, { sql: 'SELECT entity_id, rule FROM entity_members WHERE legal_name = ?', params: [name] }))[0];

  it('joins two creditor spellings opposite one debtor on one project for the same amount to the fen; a different amount does not', async () => {
    const store = await openStore({ path: join(dir, 'c.duckdb') });
    afterAll(() => store.close());
    const [o] = await ingestFiles(store.conn, [writeCsv(join(dir, '2026年4月_吴泾镇_台账.csv'), [HEADER,
      '1,上海市闵行区吴泾医院,上海蕊中保洁服务有限公司,2025年度垃圾分类清运服务合同,73388,73388,0',
      '2,上海市闵行区吴泾医院,上海睿中保洁服务有限公司,2025年度垃圾分类清运服务合同,73388,73388,0',
      '3,上海市闵行区吴泾医院,上海瑞中保洁服务有限公司,2025年度垃圾分类清运服务合同,73389,73389,0',
    ], 'utf-8')]);
    expect(o!.status).toBe('ok');
    await resolveAll(store.conn);
    const a = await entityOf(store.conn, '上海蕊中保洁服务有限公司');
    const b = await entityOf(store.conn, '上海睿中保洁服务有限公司');
    const c = await entityOf(store.conn, '上海瑞中保洁服务有限公司');
    expect(b!.entity_id).toBe(a!.entity_id);
    expect([a!.rule, b!.rule]).toContain('context');
    expect(c!.entity_id).not.toBe(a!.entity_id);
  });
});
