import { describe, expect, it } from 'vitest';
import { extractComplaint } from '../../src/extract/extract-complaint.js';
import type { Extraction } from '../../src/extract/extraction.js';
import { sampleDictionary } from './fixtures.js';

const dictionary = sampleDictionary();
const run = (text: string, callerName?: string): Extraction => extractComplaint(text, { dictionary, callerName });
const name = (f: Extraction['debtor']): string | null => f.value?.name ?? null;

describe('extractComplaint: who owes whom (SME arrears)', () => {
  it.each<[string, string, string | null, string, number]>([
    ['debtor first, creditor in brackets, 大写',
      '中国建筑股份有限公司拖欠我公司（上海宏达建材有限公司）货款壹拾贰万元整，多次催讨无果。',
      '上海宏达建材有限公司', '中国建筑股份有限公司', 12_000_000],
    ['creditor first, 为X供货, anaphora 对方, 万元 with decimals',
      '我公司上海鑫盛园林绿化有限公司为闵行区教育局提供绿化养护服务，对方至今未付服务费12.5万元。',
      '上海鑫盛园林绿化有限公司', '上海市闵行区教育局', 12_500_000],
    ['承接了X的…项目, contract total vs owed',
      '我司上海恒瑞装饰工程有限公司承接了区教育局的七宝镇中心小学新建工程，合同金额200万元，尚欠80万元工程款未支付。',
      '上海恒瑞装饰工程有限公司', '上海市闵行区教育局', 80_000_000],
    ['X中心欠我们…, lower-case Chinese numerals',
      '七宝社区卫生服务中心欠我们上海锦辉保洁服务有限公司三十五万六千元保洁服务费。',
      '上海锦辉保洁服务有限公司', '上海市闵行区七宝社区卫生服务中心', 35_600_000],
    ['来电人所在的A公司反映B公司…, thousands separators',
      '来电人所在的上海恒瑞装饰工程有限公司反映上海建工集团股份有限公司拖欠工程款1,234,567元。',
      '上海恒瑞装饰工程有限公司', '上海建工集团股份有限公司', 123_456_700],
    ['passive voice: A被B拖欠',
      '上海宏达建材有限公司被上海闵行城市建设投资开发有限公司拖欠货款86000元，对方一直推脱。',
      '上海宏达建材有限公司', '上海闵行城市建设投资开发有限公司', 8_600_000],
    ['structured letter fields',
      '投诉单位：上海宏达建材有限公司。被投诉单位：上海市闵行区建设和管理委员会。欠款金额：人民币伍拾万元整。',
      '上海宏达建材有限公司', '上海市闵行区建设和管理委员会', 50_000_000],
    ['十二万 without 元, caller name before the company',
      '来电人张三系上海宏达建材有限公司负责人，反映中国交建拖欠其公司货款十二万。',
      '上海宏达建材有限公司', '中国交通建设股份有限公司', 12_000_000],
  ])('%s', (_label, text, creditor, debtor, fen) => {
    const e = run(text, '张三');
    expect(e.kind).toBe('sme_arrears');
    expect(name(e.creditor)).toBe(creditor);
    expect(name(e.debtor)).toBe(debtor);
    expect(e.amountFen.value).toBe(fen);
  });

  it('keeps two enterprises named in passing out of the parties', () => {
    const e = run('我司上海宏达建材有限公司为中国中铁承建的浦江镇保障性住房项目供应钢材，' +
      '上海建工集团股份有限公司作为该项目监理单位已签字确认，但中国中铁至今拖欠货款68万元。经上海闵行城市建设投资开发有限公司介绍才接的这单。');
    expect(name(e.creditor)).toBe('上海宏达建材有限公司');
    expect(name(e.debtor)).toBe('中国中铁股份有限公司');
    expect(e.others.map((o) => o.value?.name)).toEqual(expect.arrayContaining(['上海建工集团股份有限公司', '上海闵行城市建设投资开发有限公司']));
    expect(e.amountFen.value).toBe(68_000_000);
  });

  it('takes a branch office as the debtor, keeping its own name', () => {
    const e = run('中国建筑股份有限公司闵行分公司拖欠我司（上海宏达建材有限公司）货款45,000元。');
    expect(name(e.debtor)).toBe('中国建筑股份有限公司闵行分公司');
    expect(e.debtor.value?.entityId).toBe('LST-601668');
  });

  it('finds a branch office not in the dictionary by its pattern', () => {
    const e = run('我公司为上海巨浪科技股份有限公司浦东分公司开发软件，对方至今未付款18万元，我公司是上海宏达信息科技有限公司。');
    expect(name(e.debtor)).toBe('上海巨浪科技股份有限公司浦东分公司');
    expect(name(e.creditor)).toBe('上海宏达信息科技有限公司');
  });

  it('resolves a short name (简称) through the dictionary', () => {
    const e = run('我司上海宏达建材有限公司给万科供应石材，万科一直拖着尾款23万元不给。');
    expect(e.debtor.value).toMatchObject({ name: '万科企业股份有限公司', entityId: 'LST-000002', written: '万科' });
    expect(e.debtor.source).toBe('dictionary');
  });

  it('picks the owed amount, not the contract total or what was paid', () => {
    const e = run('我公司与区教育局签订的合同总价100万元，已支付60万元，剩余40万元对方迟迟未付。我公司是上海宏达建材有限公司。');
    expect(e.amountFen.value).toBe(40_000_000);
    expect(e.contractAmountFen.value).toBe(100_000_000);
  });

  it('computes total minus paid when the owed amount is not said, and says so', () => {
    const e = run('我公司上海宏达建材有限公司为闵行城投供货，合同金额100万元，已付60万元，余款对方拖延支付。');
    expect(e.amountFen.value).toBe(40_000_000);
    expect(e.amountFen.confidence).toBeLessThan(0.7);
    expect(e.notes.join()).toContain('合同金额减已付');
  });

  it('leaves the creditor empty when the caller does not name the company', () => {
    const e = run('来电人反映其公司为区教育局提供保洁服务，对方至今拖欠服务费9.8万元未付。');
    expect(e.kind).toBe('sme_arrears');
    expect(e.creditor.value).toBeNull();
    expect(name(e.debtor)).toBe('上海市闵行区教育局');
  });

  it('reads the project from quotes or from the sentence, and dates', () => {
    const e = run('上海宏达建材有限公司于2024年3月1日与区建管委签订《闵行区道路养护服务合同》，约定2024.6.30前付款，尚欠30万元。');
    expect(e.project.value).toBe('闵行区道路养护服务合同');
    expect(e.dates.map((d) => d.value?.date)).toEqual(['2024-03-01', '2024-06-30']);
  });

  it('does not make an enterprise complaint a wage one when wages are only the consequence', () => {
    const e = run('我公司上海宏达劳务有限公司承接中国建筑发包的劳务分包，中国建筑拖欠劳务费120万元，导致我司无法支付35名农民工工资。');
    expect(e.kind).toBe('sme_arrears');
    expect(name(e.debtor)).toBe('中国建筑股份有限公司');
    expect(e.workers.value).toBe(35);
  });
});
