import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/extract/fold-text.js';
import { findEnterpriseNames } from '../../src/extract/name-patterns.js';
import { loadCompanies } from '../../sample-data/generator/companies.js';

const names = (text: string): string[] => findEnterpriseNames(text).map((c) => c.name);

describe('findEnterpriseNames', () => {
  it.each<[string, string[]]>([
    ['我公司为上海宏达建材有限公司供货', ['上海宏达建材有限公司']],
    ['来电人所在的上海宏达建材有限公司反映中国建筑第八工程局有限公司拖欠货款', ['上海宏达建材有限公司', '中国建筑第八工程局有限公司']],
    ['我公司（宏达建材（上海）有限公司）为闵行区教育局提供服务', ['宏达建材（上海）有限公司', '闵行区教育局']],
    ['劳务公司上海鑫盛劳务有限公司欠我们工资', ['上海鑫盛劳务有限公司']],
    ['上海建工集团股份有限公司闵行分公司拖欠我司工程款', ['上海建工集团股份有限公司闵行分公司']],
    ['上海市闵行区人民政府江川路街道办事处欠款', ['上海市闵行区人民政府江川路街道办事处']],
    ['2024年3月上海宏达装饰工程有限公司承接了区卫健委的项目', ['上海宏达装饰工程有限公司']],
    ['上海宏达建材有限公司和上海恒瑞机电设备安装有限公司都被欠款', ['上海宏达建材有限公司', '上海恒瑞机电设备安装有限公司']],
    ['七宝社区卫生服务中心欠我们钱，吴泾医院也欠', ['七宝社区卫生服务中心', '吴泾医院']],
    ['上海银行股份有限公司拖欠', ['上海银行股份有限公司']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['该公司拖欠我们货款', '对方公司一直不付款', '小区物业公司不作为', '上海某建筑公司欠款', '我们公司资金困难', '区政府'])('finds no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('gives spans in the original text, across full-width letters and spaces', () => {
    const text = '我司为上海 ＡＢＣ 信息科技有限公司提供服务';
    const [c] = findEnterpriseNames(foldText(text));
    expect(c!.name).toBe('上海ABC信息科技有限公司');
    expect(text.slice(c!.span[0], c!.span[1])).toBe('上海 ＡＢＣ 信息科技有限公司');
  });

  // The barrier words are chosen so real names survive; the few that do not (美的, 同为, 在线 …) are
  // listed companies, which the dictionary finds by name.
  it('finds at least 99% of the 5,418 listed companies whole, wherever they sit in a sentence', () => {
    const companies = loadCompanies();
    const broken = companies.filter((c) => {
      const name = foldText(c.fullName).text;
      return [`${name}拖欠我公司货款`, `我公司为${name}供货`, `来电人所在的${name}反映`].some((t) => !names(t).includes(name));
    });
    expect(broken.length / companies.length).toBeLessThan(0.01);
  });
});
