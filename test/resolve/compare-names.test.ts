import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compareNames, couldMatch, FUZZY_THRESHOLD, type ComparisonLevel, type NameFacts } from '../../src/resolve/compare-names.js';
import { blockCandidates } from '../../src/resolve/block-candidates.js';
import { normalizeEnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';

function facts(name: string, uscc: string | null = null, usccValid = uscc !== null): NameFacts {
  const r = normalizeEnterpriseName(name);
  if (!r.ok) throw new Error(r.reason);
  return { ...r.value, uscc, usccValid };
}

// Two checksum-valid codes from test/fixtures/reference/uscc_valid.tsv.
const CODE_A = '911522010783762860';
const CODE_B = '91152201078377449P';

describe('compareNames', () => {
  it.each<[string, string, ComparisonLevel, string]>([
    ['万科企业股份有限公司', '万科企业股份有限公司', 'core_equal', '核心名称相同'],
    ['上海某某建材有限公司', '上海市某某建材公司', 'core_equal', '核心名称相同'],
    ['万科企业股份有限公司', '万科', 'core_contains', '简称包含于全称'],
    ['华为技术有限公司', '华力有限公司', 'different', '核心名称过短（不足4字），不作近似比较'],
    ['华为', '华力', 'different', '核心名称过短（不足4字），不作近似比较'],
    ['江铃汽车股份有限公司', '江淮汽车股份有限公司', 'different', '字号不同（名称仅字号有别）'],
    ['中国建筑第八工程局有限公司', '中国建筑第五工程局有限公司', 'different', '名称中的序号不同（八／五）'],
    ['中铁二十四局集团有限公司', '中铁二十局集团有限公司', 'different', '名称中的序号不同（二十四／二十）'],
    ['上海农村商业银行股份有限公司', '重庆农村商业银行股份有限公司', 'different', '所在地区不同（上海／重庆）'],
    ['广东省深圳市某某电子有限公司', '深圳某某电子有限公司', 'core_equal', '核心名称相同'],
    ['南山热电股份有限公司', '热电有限公司', 'different', '核心名称过短（不足4字），不作近似比较'],
    ['上海建工集团股份有限公司闵行分公司', '上海建工集团股份有限公司', 'different', '分支机构与总机构（不合并）'],
    ['上海建工集团股份有限公司闵行分公司', '上海建工集团股份有限公司徐汇分公司', 'different', '不同分支机构'],
    ['上海建工集团股份有限公司闵行分公司', '上海建工集团有限公司闵行分公司', 'core_equal', '同一机构的同名分支机构'],
    ['上海浦东发展银行股份有限公司', '上海浦东发展银航股份有限公司', 'core_fuzzy', '核心名称相近（相似度 0.93）'],
    ['上海闵行城市建设投资开发有限公司', '上海闵行城市建没投资开发有限公司', 'core_fuzzy', '核心名称相近（相似度 0.94）'],
    ['上海闵行城市建设投资开发有限公司', '上海闵行城市建没投资开犮有限公司', 'different', '核心名称相差 2 字'],
    // Known miss: a typo in the first character of a four-character core gets no prefix bonus.
    ['上海隧道工程股份有限公司', '上海遂道工程股份有限公司', 'different', '字号不同（名称仅字号有别）'],
    ['上海兴睿建筑装饰工程有限公司', '上海宏睿建筑装饰工程有限公司', 'different', '字号不同（名称仅字号有别）'],
  ])('%s / %s → %s', (a, b, level, label) => {
    const c = compareNames(facts(a), facts(b));
    expect(c).toMatchObject({ level, label });
    expect(compareNames(facts(b), facts(a)).level).toBe(level);
  });

  it('lets valid USCCs decide before any name rule', () => {
    expect(compareNames(facts('万科企业股份有限公司', CODE_A), facts('万科企业股份有限公司', CODE_B)))
      .toEqual({ level: 'uscc_conflict', score: 0, label: '统一社会信用代码不同（不得合并）' });
    expect(compareNames(facts('万科企业股份有限公司', CODE_A), facts('深圳万科', CODE_A)))
      .toEqual({ level: 'uscc_equal', score: 1, label: '统一社会信用代码相同' });
    // A code failing its checksum may be a typo of the other: the names decide.
    expect(compareNames(facts('万科企业股份有限公司', CODE_A), facts('万科企业股份有限公司', CODE_B, false)).level).toBe('core_equal');
    expect(compareNames(facts('万科企业股份有限公司', CODE_A), facts('万科企业股份有限公司')).level).toBe('core_equal');
  });

  it('accepts a known short name that is not contained in the full name', () => {
    const knownShortNames = new Map([['中集集团', '国际海运集装箱']]);
    const full = facts('中国国际海运集装箱(集团)股份有限公司');
    expect(compareNames(full, facts('中集集团')).level).toBe('different');
    expect(compareNames(full, facts('中集集团'), { knownShortNames })).toMatchObject({ level: 'core_contains', score: 0.9 });
  });

  it('ranks a USCC above an equal core, and an equal core above containment and near-misses', () => {
    const uscc = compareNames(facts('万科企业', CODE_A), facts('万科', CODE_A)).score;
    const equal = compareNames(facts('万科企业'), facts('万科企业有限公司')).score;
    const contains = compareNames(facts('万科企业'), facts('万科')).score;
    const fuzzy = compareNames(facts('浦东发展银行行'), facts('浦东发展银行')).score; // 0.986 before the cap
    expect(uscc).toBeGreaterThan(equal);
    expect(equal).toBeGreaterThan(Math.max(contains, fuzzy));
  });

  it('couldMatch never turns away a pair that compareNames would join on names', () => {
    const name = fc.string({ unit: fc.constantFrom(...'中国建筑第八五工程局万科企业上海重庆𠀀'), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(name, name, (x, y) => {
      const a = facts(x), b = facts(y);
      const c = compareNames(a, b);
      if (a.coreName !== b.coreName && (c.level === 'core_fuzzy' || c.level === 'core_contains')) expect(couldMatch(a.coreName, b.coreName)).toBe(true);
    }), { numRuns: 2000 });
    expect(couldMatch('华为技术', '中兴通讯设备')).toBe(false);
  });

  it('is symmetric in level and score', () => {
    const name = fc.string({ unit: fc.constantFrom(...'中国建筑第八五工程局万科企业上海重庆'), minLength: 1, maxLength: 10 });
    fc.assert(fc.property(name, name, (x, y) => {
      const a = facts(x), b = facts(y);
      const ab = compareNames(a, b), ba = compareNames(b, a);
      expect([ab.level, ab.score]).toEqual([ba.level, ba.score]);
    }));
  });

  it(`keeps precision above 0.95 on one-character typos of real companies at ${FUZZY_THRESHOLD}`, () => {
    const rows = readFileSync(new URL('../../sample-data/reference/companies.tsv', import.meta.url), 'utf8')
      .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t')[3]!);
    let seed = 7;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const records = rows.flatMap((name, company) => {
      const full = facts(name);
      const chars = Array.from(full.coreName);
      chars[Math.floor(random() * chars.length)] = Array.from(rows[Math.floor(random() * rows.length)]!)[1]!;
      const typo = chars.join('');
      return typo === full.coreName ? [{ company, f: full }] : [{ company, f: full }, { company, f: { ...full, coreName: typo } }];
    });
    const fuzzy = ([a, b]: readonly [number, number]) => compareNames(records[a]!.f, records[b]!.f).level === 'core_fuzzy';
    const pairs = blockCandidates(records.map((r) => r.f.coreName));
    const same = pairs.filter(([a, b]) => records[a]!.company === records[b]!.company);
    const truePositives = same.filter(fuzzy).length;
    const falsePositives = pairs.filter(([a, b]) => records[a]!.company !== records[b]!.company).filter(fuzzy).length;
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThan(0.95);
    // Names alone catch typos outside a short brand (字号); a typo inside one (隧道/遂道) is left to
    // context edges, because 兴睿/宏睿建筑装饰工程 are as often two firms as one misspelt.
    expect(truePositives / (records.length - rows.length)).toBeGreaterThan(0.25);
  });
});
