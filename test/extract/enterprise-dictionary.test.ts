import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEnterpriseDictionary } from '../../src/extract/enterprise-dictionary.js';

describe('buildEnterpriseDictionary', () => {
  it('lets the longest name win where names overlap, and keeps matches apart', () => {
    const d = buildEnterpriseDictionary([
      { entityId: 'A', names: ['中国建筑股份有限公司', '中国建筑'] },
      { entityId: 'B', names: ['建筑股份'] },
      { entityId: 'C', names: ['上海建工集团股份有限公司', '上海建工'] },
    ]);
    const m = d.match('中国建筑股份有限公司与上海建工都欠款');
    expect(m.map((x) => [x.matched, x.entityId, x.nameIndex])).toEqual([['中国建筑股份有限公司', 'A', 0], ['上海建工', 'C', 1]]);
    expect(m[0]!.name).toBe('中国建筑股份有限公司');
    expect(m[1]!.name).toBe('上海建工集团股份有限公司');
  });

  it('prefers the longer of two partly overlapping names, then the leftmost', () => {
    const d = buildEnterpriseDictionary([{ entityId: 'X', names: ['甲乙丙'] }, { entityId: 'Y', names: ['丙丁戊己'] }, { entityId: 'Z', names: ['己庚辛'] }]);
    expect(d.match('甲乙丙丁戊己庚辛').map((x) => x.entityId)).toEqual(['Y']);
    expect(d.match('甲乙丙丁').map((x) => x.entityId)).toEqual(['X']);
  });

  it('matches across full-width letters and stray spaces, with spans in the original text', () => {
    const d = buildEnterpriseDictionary([{ entityId: 'K', names: ['上海K3信息科技有限公司'] }]);
    const text = '我司为上海 Ｋ３信息　科技有限公司提供服务';
    const [m] = d.match(text);
    expect(m!.entityId).toBe('K');
    expect(text.slice(m!.span[0], m!.span[1])).toBe('上海 Ｋ３信息　科技有限公司');
  });

  it('marks a name shared by two entities as ambiguous', () => {
    const d = buildEnterpriseDictionary([{ entityId: 'P', names: ['宏达建材有限公司', '宏达建材'] }, { entityId: 'Q', names: ['宏达建材（上海）有限公司', '宏达建材'] }]);
    const [m] = d.match('宏达建材拖欠货款');
    expect(m!.entityId).toBeNull();
    expect([...m!.entityIds].sort()).toEqual(['P', 'Q']);
  });

  it('leaves out names shorter than minLength and survives junk input', () => {
    const d = buildEnterpriseDictionary([{ entityId: 'S', names: ['局', '', '教育局'] }, { entityId: null, names: [] }]);
    expect(d.size).toBe(1);
    expect(d.match('区教育局')[0]!.matched).toBe('教育局');
    expect(d.match('')).toEqual([]);
  });

  // Oracle: every occurrence found by brute force, then the same longest-first selection.
  it('finds what a brute-force search finds (random names over a small alphabet)', () => {
    const word = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁'), minLength: 2, maxLength: 5 });
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁', '，'), maxLength: 40 }), (names, text) => {
      const d = buildEnterpriseDictionary(names.map((n, i) => ({ entityId: String(i), names: [n] })));
      const all: { start: number; end: number; id: string }[] = [];
      names.forEach((n, i) => {
        for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) all.push({ start: at, end: at + n.length, id: String(i) });
      });
      all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: typeof all = [];
      for (const m of all) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
      kept.sort((a, b) => a.start - b.start);
      expect(d.match(text).map((m) => ({ start: m.start, end: m.end, id: m.entityId }))).toEqual(kept);
    }), { numRuns: 300 });
  });
});
