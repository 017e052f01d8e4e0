import { describe, expect, it } from 'vitest';
import { extractComplaint } from '../../src/extract/extract-complaint.js';
import type { Extraction, Field } from '../../src/extract/extraction.js';
import { sampleDictionary } from './fixtures.js';

const dictionary = sampleDictionary();
const at = (text: string, f: Field<unknown>): string | null => (f.span === null ? null : text.slice(f.span[0], f.span[1]));

function allFields(e: Extraction): Field<unknown>[] {
  return [e.creditor, e.debtor, e.employer, e.amountFen, e.contractAmountFen, e.arrearsType, e.project, e.workers, ...e.dates, ...e.others];
}

describe('extractComplaint spans', () => {
  it('point at the original text after full-width normalization and stray spaces', () => {
    const text = '我公司（上海　宏达建材有限公司）为 中国建筑股份有限公司 供应钢材，合同金额２００万元，对方尚欠１２．５万元，约定２０２４年６月３０日前付清。';
    const e = extractComplaint(text, { dictionary });
    expect(at(text, e.creditor)).toBe('上海　宏达建材有限公司');
    expect(e.creditor.value?.name).toBe('上海宏达建材有限公司');
    expect(at(text, e.debtor)).toBe('中国建筑股份有限公司');
    expect(at(text, e.amountFen)).toBe('１２．５万元');
    expect(e.amountFen.value).toBe(12_500_000);
    expect(at(text, e.contractAmountFen)).toBe('２００万元');
    expect(e.dates.map((d) => at(text, d))).toEqual(['２０２４年６月３０日']);
    expect(e.dates[0]!.value?.date).toBe('2024-06-30');
  });

  it('cover a short name, a branch and a 大写 amount exactly', () => {
    const text = '来电人所在的上海恒瑞装饰工程有限公司反映万科上海分公司拖欠工程款人民币壹拾贰万元整。';
    const e = extractComplaint(text, { dictionary });
    expect(at(text, e.debtor)).toBe('万科上海分公司');
    expect(e.debtor.value?.entityId).toBe('LST-000002');
    expect(at(text, e.amountFen)).toBe('人民币壹拾贰万元整');
  });

  it('lie within the text for every field of every kind', () => {
    for (const text of [
      '我们１２个工人在上海宏达劳务有限公司干活，拖欠工资３万元。',
      '来电人反映小区门口夜间施工噪音扰民。',
      '区教育局欠我们上海锦辉保洁服务有限公司三十五万六千元，是《2024年度保洁服务合同》的款项。',
    ]) {
      for (const f of allFields(extractComplaint(text, { dictionary }))) {
        if (f.span === null) continue;
        expect(f.span[0]).toBeGreaterThanOrEqual(0);
        expect(f.span[1]).toBeLessThanOrEqual(text.length);
        expect(f.span[0]).toBeLessThan(f.span[1]);
      }
    }
  });
});
