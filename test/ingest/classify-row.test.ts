import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRow } from '../../src/ingest/classify-row.js';
import { cellText } from '../../src/ingest/normalize-header.js';

// The oracle: classifyRow as first written, one array and one test after another.
const SECTION = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/;
const SECTION_NUMERAL = /^(?:[一二三四五六七八九十]+|（[一二三四五六七八九十]+）|[IVX]+)$/;
const TOTAL = /^(?:小计|合计|总计|累计|本页合计|本页小计|汇总)/;
const NOTE = /^(?:填表说明|填报说明|说明[:：]|注[:：]|注意[:：]|备注[:：]|\d+[.、．]\s*\S{6,})/;
const SIGNATURE = /(?:填表人|填报人|审核人|负责人|制表人|审批人|经办人|分管领导|单位盖章|（盖章）)\s*[:：]?/;
function plainClassify(cells: readonly unknown[], headerLabels: ReadonlySet<string>): string {
  const texts: string[] = [];
  for (const c of cells) {
    const t = cellText(c);
    if (t) texts.push(t.replace(/\s+/g, ''));
  }
  if (texts.length === 0) return 'blank';
  const first = texts[0]!;
  if (headerLabels.size > 0 && texts.filter((t) => headerLabels.has(t)).length * 2 >= texts.length && texts.length >= 3) return 'header';
  if (texts.length >= 3 && texts.every((t, i) => t === String(i + 1))) return 'column_numbers';
  if (texts.slice(0, 3).some((t) => TOTAL.test(t))) return 'subtotal';
  if (NOTE.test(first)) return 'note';
  if (texts.length <= 4 && texts.some((t) => SIGNATURE.test(t))) return 'signature';
  if (texts.length <= 3 && (SECTION.test(first) || (SECTION_NUMERAL.test(first) && texts.length >= 2 && !/\d/.test(texts.slice(1).join(''))))) return 'section';
  return 'data';
}

describe('classifyRow', () => {
  it('classifies every row as the plain version does', () => {
    const words = ['小计', '合计：', '一、', '（二）', '第三部分', '填表人：', '审核人', '说明：', '1.本表金额单位为万元', '1', '2', '3', '4', ' ', '', '序号', '名称', 'IV', '二', 'abc', '12', '某公司', '　', ' \n ', '注：', '（盖章）', '名 称'];
    const cell = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 20 }), fc.double(), fc.constant(null), fc.boolean(), fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), fc.constant(new Date(Date.UTC(2026, 3, 1))));
    const labels = fc.constantFrom(new Set<string>(), new Set(['序号', '名称', '1', '合计']), new Set(['序号', '2026-04-01', '1970-01-01']));
    fc.assert(fc.property(fc.array(cell, { maxLength: 7 }), labels, (cells, l) => {
      expect(classifyRow(cells, l)).toBe(plainClassify(cells, l));
    }), { numRuns: 20_000 });
  });
});
