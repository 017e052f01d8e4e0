import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { abbreviates, amountsFit, judgeContextPair } from '../../src/resolve/context-rules.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

const party = (coreName: string, uscc: string | null = null, usccValid = false) => ({ coreName, uscc, usccValid });
const claim = (coreName: string, amount: number, surveyed: boolean) => ({ coreName, uscc: null, usccValid: false, amount, surveyed });

describe('judging a pair that shares a matter', () => {
  it('same amount to the fen: joins two spellings at least half alike', () => {
    expect(judgeContextPair('amount', party('蕊中保洁服务'), party('睿中保洁服务'))).toEqual({ score: 0.91, label: expect.stringContaining('同一欠款事项') });
    expect(judgeContextPair('amount', party('蕊中保洁服务'), party('华为技术研究'))).toBeNull();
  });

  it('never joins two valid USCCs or different numerals, whatever the matter', () => {
    for (const kind of ['amount', 'claim', 'site'] as const) {
      expect(judgeContextPair(kind, { ...claim('蕊中保洁服务', 100, true), uscc: '91350100M000100Y43', usccValid: true },
        { ...claim('睿中保洁服务', 100, false), uscc: '911101005JLR20JR60', usccValid: true })).toBeNull();
      expect(judgeContextPair(kind, claim('中建八局保洁', 100, true), claim('中建五局保洁', 100, false))).toBeNull();
    }
  });

  it('a claim on the same project: one character apart and an amount that fits; not two characters, not a claim far off', () => {
    expect(judgeContextPair('claim', claim('政晨市政工程', 8_025_800, true), claim('正晨市政工程', 8_758_500, false))?.label).toContain('仅差一字');
    expect(judgeContextPair('claim', claim('政晨市政工程', 8_025_800, true), claim('正东市政工程', 8_758_500, false))).toBeNull();
    expect(judgeContextPair('claim', claim('政晨市政工程', 8_025_800, true), claim('正晨市政工程', 12_000_000, false))).toBeNull();
  });

  it('a wage site and months: one character apart, or brand and trade for the full name', () => {
    expect(judgeContextPair('site', party('祥泽园林绿化'), party('翔泽园林绿化'))).not.toBeNull();
    expect(judgeContextPair('site', party('江豪装饰'), party('江豪建筑装饰工程'))?.label).toContain('字号加行业简称');
    expect(judgeContextPair('site', party('江豪装饰'), party('江海建筑装饰工程'))).toBeNull();
  });

  it('amounts fit as a claim fits a survey, a repeat claim another, a second street the first', () => {
    expect(amountsFit(claim('', 100_000, true), claim('', 110_000, false))).toBe(true);
    expect(amountsFit(claim('', 100_000, true), claim('', 130_000, false))).toBe(false);
    expect(amountsFit(claim('', 100_000, false), claim('', 88_000, false))).toBe(true);
    expect(amountsFit(claim('', 100_000, true), claim('', 102_000, true))).toBe(false);
  });

  it('an abbreviation keeps the brand and finds the rest of itself in order', () => {
    expect(abbreviates('耀庆科技', '耀庆信息科技')).toBe(true);
    expect(abbreviates('耀庆科技', '耀庆信息技术')).toBe(false);
    expect(abbreviates('耀庆', '耀庆信息科技')).toBe(false); // a brand alone names no trade
  });
});

describe('collective evidence in a store', () => {
  const dir = tempDir();
  const SURVEY = '序号,欠款单位名称,中小企业名称,项目名称,欠款金额（元）,其中：无分歧金额,其中：有分歧金额';
  const COMPLAINT = '投诉编号,登记日期,投诉渠道,投诉企业名称,被投诉单位名称,投诉金额（元）,诉求内容';
  const WAGE = '线索编号,受理日期,反映人姓名,联系电话,用人单位名称,项目名称,项目地址,欠薪人数,欠薪金额（元）,欠薪期间';
  async function store(name: string, files: [string, string[]][]): Promise<Store> {
    const s = await openStore({ path: join(dir, `${name}.duckdb`) });
    afterAll(() => s.close());
    for (const [file, lines] of files) {
      const [o] = await ingestFiles(s.conn, [writeCsv(join(dir, `${name}-${file}`), lines, 'utf-8')]);
      expect(o!.status).toBe('ok');
    }
    await resolveAll(s.conn);
    return s;
  }
  const member = async (s: Store, name: string) =>
    (await queryRows<{ entity_id: string; rule: string; evidence: string | null }>(s.conn, { sql: 'SELECT entity_id, rule, evidence FROM entity_members WHERE legal_name = ?', params: [name] }))[0]!;

  it('joins two creditor spellings opposite one debtor on one project for the same amount to the fen; a different amount does not', async () => {
    const s = await store('amount', [['2026年4月_吴泾镇_台账.csv', [SURVEY,
      '1,上海市闵行区吴泾医院,上海蕊中保洁服务有限公司,2025年度垃圾分类清运服务合同,73388,73388,0',
      '2,上海市闵行区吴泾医院,上海睿中保洁服务有限公司,2025年度垃圾分类清运服务合同,73388,73388,0',
      '3,上海市闵行区吴泾医院,上海瑞中保洁服务有限公司,2025年度垃圾分类清运服务合同,93388,93388,0',
    ]]]);
    const a = await member(s, '上海蕊中保洁服务有限公司');
    const b = await member(s, '上海睿中保洁服务有限公司');
    expect(b.entity_id).toBe(a.entity_id);
    expect([a.rule, b.rule]).toContain('context');
    expect((await member(s, '上海瑞中保洁服务有限公司')).entity_id).not.toBe(a.entity_id);
  });

  it('a complaint naming the surveyed project and claiming a fitting amount joins a creditor one character off; a claim far off does not', async () => {
    const s = await store('claim', [
      ['2026年4月_吴泾镇_台账.csv', [SURVEY, '1,上海建科咨询集团股份有限公司,上海政晨市政工程有限公司,吴泾保障性住房配套工程,80258,80258,0',
        '2,上海建科咨询集团股份有限公司,上海宏睿建筑装饰工程有限公司,吴泾镇敬老院装修工程,50000,50000,0']],
      ['投诉.csv', [COMPLAINT,
        'TS-1,2026-04-12,平台,上海正晨市政工程有限公司,上海建科咨询集团股份有限公司,87585,我司与上海建科咨询集团股份有限公司签订《吴泾保障性住房配套工程》，至今仍拖欠工程款8.76万元未付',
        'TS-2,2026-04-13,平台,上海兴睿建筑装饰工程有限公司,上海建科咨询集团股份有限公司,90000,我司与上海建科咨询集团股份有限公司签订《吴泾镇敬老院装修工程》，至今仍拖欠工程款9万元未付']],
    ]);
    const surveyed = await member(s, '上海政晨市政工程有限公司');
    const complained = await member(s, '上海正晨市政工程有限公司');
    expect(complained.entity_id).toBe(surveyed.entity_id);
    expect([surveyed.evidence, complained.evidence].join()).toContain('诉求金额与摸排金额相符');
    expect((await member(s, '上海兴睿建筑装饰工程有限公司')).entity_id).not.toBe((await member(s, '上海宏睿建筑装饰工程有限公司')).entity_id);
    const cases = await queryRows(s.conn, "SELECT DISTINCT case_id FROM records_v WHERE creditor_name LIKE '%晨市政工程%'");
    expect(cases).toHaveLength(1);
  });

  it('wage leads on one project, site and months join an employer one character off and its brand-and-trade short name; other months do not', async () => {
    const s = await store('site', [['欠薪线索.csv', [WAGE,
      'XS-1,2026-04-10,李四,13812345678,上海祥泽园林绿化有限公司,七宝镇河道大修工程,闵行区七宝镇漕宝路984号,24,427200,2026年2月至2026年3月',
      'XS-2,2026-04-11,王五,13912345678,上海翔泽园林绿化有限公司,七宝镇河道大修工程,闵行区七宝镇漕宝路984号,11,195800,2026.02-2026.03',
      'XS-3,2026-04-12,赵六,13712345678,祥泽园林,七宝镇河道大修工程,闵行区七宝镇漕宝路984号,3,53400,2026年2月-2026年3月',
      'XS-4,2026-04-13,钱七,13612345678,上海翔宇园林绿化有限公司,七宝镇河道大修工程,闵行区七宝镇漕宝路984号,5,80000,2025年8月至2025年9月',
    ]]]);
    const first = await member(s, '上海祥泽园林绿化有限公司');
    expect((await member(s, '上海翔泽园林绿化有限公司')).entity_id).toBe(first.entity_id);
    expect((await member(s, '祥泽园林')).entity_id).toBe(first.entity_id);
    expect((await member(s, '上海翔宇园林绿化有限公司')).entity_id).not.toBe(first.entity_id);
    const cases = await queryRows<{ n: bigint }>(s.conn, "SELECT count(DISTINCT case_id) AS n FROM records_v WHERE employer_name LIKE '%泽园林%'");
    expect(Number(cases[0]!.n)).toBe(1);
  });
});
