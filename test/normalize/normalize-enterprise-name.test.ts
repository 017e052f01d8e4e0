import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { normalizeEnterpriseName, type EnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';

const companies = readFileSync(new URL('../../sample-data/reference/companies.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t'))
  .map((cols) => ({ shortName: cols[2]!, fullName: cols[3]! }));

function value(input: unknown): EnterpriseName {
  const result = normalizeEnterpriseName(input);
  if (!result.ok) throw new Error(`${String(input)}: ${result.reason}`);
  return result.value;
}

describe('normalizeEnterpriseName', () => {
  it.each<[string, Partial<EnterpriseName>]>([
    ['华为技术(上海)有限公司', { legalName: '华为技术（上海）有限公司', coreName: '华为技术', legalForm: '有限公司' }],
    ['深圳市振业(集团)股份有限公司', { legalName: '深圳市振业（集团）股份有限公司', coreName: '深圳市振业' }],
    ['万  科Ａ', { legalName: '万科A', coreName: '万科A', legalForm: null }],
    ['平安银行股份有限公司', { coreName: '平安银行', legalForm: '股份有限公司' }],
    ['深圳国华网安科技股份有限公司', { coreName: '国华网安科技', regionPrefix: '深圳' }],
    ['北京中关村科技发展(控股)股份有限公司', { coreName: '中关村科技发展', regionPrefix: '北京' }],
    ['上海闵行城市建设投资开发有限公司', { coreName: '城市建设投资开发', regionPrefix: '上海闵行' }],
    ['上海市闵行区某某建材有限公司', { coreName: '某某建材', regionPrefix: '上海市闵行区' }],
    ['浙江省某某建设集团有限公司', { coreName: '某某建设', regionPrefix: '浙江省', legalForm: '集团有限公司' }],
    ['某某建设(集团)有限公司', { legalName: '某某建设（集团）有限公司', coreName: '某某建设' }],
    ['（上海）某某科技有限公司', { coreName: '某某科技' }],
    ['华蓝集团股份公司', { coreName: '华蓝', legalForm: '集团股份公司' }],
    ['上海某某投资合伙企业（有限合伙）', { coreName: '某某投资', legalForm: '合伙企业（有限合伙）' }],
    ['闵行区某某五金厂', { coreName: '某某五金', legalForm: '厂' }],
    ['某某总公司', { coreName: '某某', legalForm: '总公司' }],
    // A region that would leave a generic word (银行, 建工, 移动) stays in the core.
    ['上海银行股份有限公司', { coreName: '上海银行', regionPrefix: null }],
    ['中国移动有限公司', { coreName: '中国移动' }],
    ['中国建筑第八工程局有限公司', { coreName: '建筑第八工程局', regionPrefix: '中国' }],
    // Branches block with their parent.
    ['上海建工集团股份有限公司闵行分公司', { coreName: '上海建工', branchOf: '上海建工集团股份有限公司' }],
    ['中国建筑第八工程局有限公司上海分公司', { coreName: '建筑第八工程局', branchOf: '中国建筑第八工程局有限公司' }],
    ['招商银行股份有限公司上海分行', { coreName: '招商银行', branchOf: '招商银行股份有限公司' }],
    ['某某证券股份有限公司上海闵行区七莘路证券营业部', { coreName: '某某证券', branchOf: '某某证券股份有限公司' }],
    ['某某食品有限公司第一分厂', { coreName: '某某食品', branchOf: '某某食品有限公司' }],
    ['某某有限公司上海分公司闵行营业部', { coreName: '某某', branchOf: '某某有限公司上海分公司' }],
    ['上海分公司', { coreName: '上海', branchOf: null }],
    // Public bodies keep their locality; only the home municipality goes.
    ['上海市闵行区人民政府', { coreName: '闵行区人民政府', regionPrefix: '上海市', legalForm: null }],
    ['闵行区市场监督管理局', { coreName: '闵行区市场监督管理局', regionPrefix: null }],
    ['上海市闵行区人民政府江川路街道办事处', { coreName: '闵行区人民政府江川路街道办事处', branchOf: null }],
    ['上海市第六人民医院', { coreName: '第六人民医院' }],
    ['北京市海淀区人民政府', { coreName: '北京市海淀区人民政府', regionPrefix: null }],
    ['有限公司', { coreName: '有限公司' }],
  ])('%s', (input, expected) => {
    expect(value(input)).toMatchObject(expected);
  });

  it.each([[''], ['   '], ['123'], ['（）'], [null], [42], [{}]])('rejects %j', (input) => {
    expect(normalizeEnterpriseName(input).ok).toBe(false);
  });

  it('accepts every listed company full and short name, idempotently', () => {
    expect(companies.length).toBeGreaterThan(5000);
    for (const { shortName, fullName } of companies) {
      for (const name of [fullName, shortName]) {
        const first = value(name);
        expect(first.legalName).not.toMatch(/[\s()]/);
        expect(value(first.legalName)).toEqual(first);
        expect(first.coreName).not.toBe('');
      }
    }
  });

  it('writes the 242 half-width bracketed full names full-width, 90 of them （集团）', () => {
    const halfWidth = companies.filter((c) => c.fullName.includes('('));
    expect(halfWidth).toHaveLength(242);
    for (const { fullName } of halfWidth) {
      expect(value(fullName).legalName).toBe(fullName.replaceAll('(', '（').replaceAll(')', '）'));
    }
    expect(halfWidth.filter((c) => value(c.fullName).legalName.includes('（集团）'))).toHaveLength(90);
  });

  it('never throws, and its output is a fixed point', () => {
    // Removing a space can join a combining mark to its letter; the second pass must agree.
    expect(value('e \u0301x').legalName).toBe('éx');
    fc.assert(fc.property(fc.anything(), (x) => { normalizeEnterpriseName(x); }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const first = normalizeEnterpriseName(s);
      if (first.ok) expect(normalizeEnterpriseName(first.value.legalName)).toEqual(first);
    }));
  });

  it('is stable under spacing, width and bracket variations of real names', () => {
    const toFullWidth = (c: string): string => (/[!-~]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c);
    const bracketVariants = [['(', ')'], ['（', '）'], ['[', ']'], ['【', '】'], ['〔', '〕']] as const;
    const variant = fc.record({
      index: fc.nat(companies.length - 1),
      spaces: fc.array(fc.tuple(fc.nat(40), fc.constantFrom(' ', '  ', '\u3000', '\u00A0', '\t'))),
      fullWidth: fc.boolean(),
      brackets: fc.constantFrom(...bracketVariants),
    });
    fc.assert(fc.property(variant, ({ index, spaces, fullWidth, brackets }) => {
      const original = companies[index]!.fullName;
      let name = original.replace(/[(（]/g, brackets[0]).replace(/[)）]/g, brackets[1]);
      if (fullWidth) name = [...name].map(toFullWidth).join('');
      for (const [at, space] of spaces) name = name.slice(0, at) + space + name.slice(at);
      const expected = value(original);
      expect(value(name)).toEqual(expected);
      expect(value(expected.legalName)).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('reads a name that needs no cleaning as it reads the same name with a space to clean', () => {
    // The first is taken as it stands; the trailing space sends the second through NFKC and trimming.
    const unit = fc.constantFrom(...'上海市闵行区建工集团股份有限公司分厂办事处局（）()[]ABCabc123-&.', '中国', '北京', '浦东新区', '合伙企业（有限合伙）');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
      expect(normalizeEnterpriseName(s)).toEqual(normalizeEnterpriseName(`${s} `));
    }), { numRuns: 3000 });
  });
});
