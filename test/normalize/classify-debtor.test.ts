import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { classifyDebtor, type DebtorClass } from '../../src/normalize/classify-debtor.js';

describe('classifyDebtor', () => {
  it.each<[string, DebtorClass]>([
    ['上海市闵行区人民政府', '机关'],
    ['上海市闵行区七宝镇人民政府', '机关'],
    ['闵行区市场监督管理局', '机关'],
    ['上海市闵行区建设和管理委员会', '机关'],
    ['上海市闵行区人民政府江川路街道办事处', '机关'],
    ['闵行区人民政府办公室', '机关'],
    ['上海市第六人民医院', '事业单位'],
    ['上海市七宝中学', '事业单位'],
    ['闵行区古美社区卫生服务中心', '事业单位'],
    ['闵行区财政局国库收付中心', '事业单位'],
    ['闵行区图书馆', '事业单位'],
    ['闵行区七宝镇九星村村民委员会', '其他'],
    ['某某小区业主委员会', '其他'],
    ['上海闵行城市建设投资开发有限公司', '平台公司'],
    ['上海某某国有资产经营有限公司', '平台公司'],
    ['上海城投（集团）有限公司', '平台公司'],
    ['中国建筑第八工程局有限公司上海分公司', '国有企业'],
    ['上海建工集团股份有限公司闵行分公司', '国有企业'],
    ['中铁二十四局集团有限公司', '国有企业'],
    ['上海隧道工程股份有限公司', '国有企业'],
    ['平安银行股份有限公司', '大型企业'],
    ['招商银行股份有限公司上海分行', '大型企业'],
    ['某某科技股份有限公司', '大型企业'],
    ['上海某某建材有限公司', '其他'],
    ['上海某某医院有限公司', '其他'],
    ['某某科技服务中心有限公司', '其他'],
    ['张三', '其他'],
  ])('%s → %s', (name, expected) => {
    expect(classifyDebtor(name)).toEqual({ ok: true, value: expected });
  });

  it('reads the USCC body type first', () => {
    expect(classifyDebtor('某某有限公司', '121200004013590816')).toEqual({ ok: true, value: '事业单位' });
    expect(classifyDebtor('', '121200004013590816')).toEqual({ ok: true, value: '事业单位' });
    expect(classifyDebtor('', '91110000600037341L')).toEqual({ ok: true, value: '其他' });
    expect(classifyDebtor('闵行区图书馆', '91110000600037341L')).toEqual({ ok: true, value: '事业单位' });
  });

  it('ignores a USCC that fails its checksum', () => {
    expect(classifyDebtor('某某有限公司', '121200004013590817')).toEqual({ ok: true, value: '其他' });
  });

  it('fails without a usable name or code', () => {
    expect(classifyDebtor('')).toMatchObject({ ok: false });
    expect(classifyDebtor(null, 'garbage')).toMatchObject({ ok: false });
    expect(classifyDebtor(undefined)).toMatchObject({ ok: false });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (name, uscc) => {
      classifyDebtor(name, uscc);
      classifyDebtor(name);
    }));
  });
});
