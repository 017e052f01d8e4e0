import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskComplaintText } from '../../src/extract/mask-complaint-text.js';

const MOBILE = /1[3-9]\d{9}/u;
const ID = /\d{17}[\dXx]/u;

describe('maskComplaintText', () => {
  const text = '来电人张三（身份证号310112199001011234，手机138 1234 5678，座机021-64123456）反映：其所在的上海宏达建材有限公司' +
    '被上海市闵行区教育局拖欠货款12345678元，联系人李小红，电话１３９１２３４５６７８，班组长王五也知情。张三希望尽快解决。';
  const masked = maskComplaintText(text, { callerName: '张三' });

  it('leaks no mobile, no ID number and not the caller name', () => {
    const digitsOnly = masked.text.replace(/[\s-]/gu, '').normalize('NFKC');
    expect(digitsOnly).not.toMatch(MOBILE);
    expect(digitsOnly).not.toMatch(ID);
    expect(masked.text).not.toContain('张三');
    expect(masked.text).not.toContain('64123456');
    expect(masked.text).not.toContain('李小红');
    expect(masked.text).not.toContain('王五');
  });

  it('keeps enterprise names, amounts and the shape of what was masked', () => {
    expect(masked.text).toContain('上海宏达建材有限公司');
    expect(masked.text).toContain('上海市闵行区教育局');
    expect(masked.text).toContain('12345678元');
    expect(masked.text).toContain('310112********1234');
    expect(masked.text).toContain('138****5678');
    expect(masked.text).toContain('张*');
    expect(masked.spans.map((s) => s.kind)).toEqual(['person_name', 'resident_id', 'mobile', 'landline', 'person_name', 'mobile', 'person_name', 'person_name']);
  });

  it('reports spans in the original and in the masked text', () => {
    for (const s of masked.spans) {
      expect(masked.text.slice(s.maskedSpan[0], s.maskedSpan[1])).toBe(s.replacement);
      expect(s.span[1]).toBeLessThanOrEqual(text.length);
    }
    const id = masked.spans.find((s) => s.kind === 'resident_id')!;
    expect(text.slice(id.span[0], id.span[1])).toBe('310112199001011234');
  });

  it('masks names the record holds wherever they appear, and leaves a clean text alone', () => {
    expect(maskComplaintText('包工头是赵大海，赵大海跑了', { knownNames: ['赵大海'] }).text).toBe('包工头是赵**，赵**跑了');
    expect(maskComplaintText('中国建筑拖欠货款12万元').text).toBe('中国建筑拖欠货款12万元');
  });

  it('never leaves a mobile or an ID number readable, however it is spaced or widened', () => {
    const mobile = fc.stringMatching(/^1[3-9]\d{9}$/u);
    const id = fc.stringMatching(/^\d{17}[\dX]$/u);
    const filler = fc.string({ unit: fc.constantFrom('反', '映', '，', '。', '公', '司', ' ', '：'), maxLength: 6 });
    const spaced = (s: string, sep: string, wide: boolean): string => {
      const w = wide ? s.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
      return sep === '' ? w : `${w.slice(0, 3)}${sep}${w.slice(3, 7)}${sep}${w.slice(7)}`;
    };
    fc.assert(fc.property(mobile, id, filler, filler, fc.constantFrom('', ' ', '-'), fc.boolean(), (m, i, a, b, sep, wide) => {
      const out = maskComplaintText(`${a}${spaced(m, sep, wide)}${b}${i}${a}`).text.normalize('NFKC').replace(/[\s-]/gu, '');
      expect(out).not.toContain(m);
      expect(out).not.toContain(i.slice(6, 14));
    }), { numRuns: 300 });
  });
});
