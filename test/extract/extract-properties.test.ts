import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractComplaint } from '../../src/extract/extract-complaint.js';
import type { Extraction, Field } from '../../src/extract/extraction.js';
import { maskComplaintText } from '../../src/extract/mask-complaint-text.js';
import { needsReview } from '../../src/extract/needs-review.js';
import { sampleDictionary } from './fixtures.js';

const dictionary = sampleDictionary();
// Pieces of real complaints, so the generated strings reach the role, amount and project code.
const pieces = ['我公司', '上海宏达建材有限公司', '中国建筑', '拖欠', '欠', '为', '供货', '区教育局', '《', '》', '工程', '项目', '合同金额',
  '尚欠', '12.5万元', '壹拾贰万元整', '十几个', '工人', '工资', '2024年4月1日', '，', '。', '（', '）', '分公司', '对方至今未付', '来电人',
  '138 1234 5678', '310112199001011234', '押金', '退款', 'Ａ', ' ', '\u3000', '𠀀', '\ud800'];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')),
);

function fields(e: Extraction): Field<unknown>[] {
  return [e.creditor, e.debtor, e.employer, e.amountFen, e.contractAmountFen, e.arrearsType, e.project, e.workers, ...e.dates, ...e.others];
}

describe('extractComplaint on any string', () => {
  it('never throws, and every span lies within the text', () => {
    fc.assert(fc.property(text, fc.option(fc.string({ maxLength: 4 })), (t, caller) => {
      const e = extractComplaint(t, { dictionary, callerName: caller ?? undefined });
      expect(['sme_arrears', 'wage_arrears', 'other']).toContain(e.kind);
      expect(typeof e.reason).toBe('string');
      for (const f of fields(e)) {
        expect(f.confidence).toBeGreaterThanOrEqual(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
        if (f.span === null) continue;
        expect(0 <= f.span[0] && f.span[0] <= f.span[1] && f.span[1] <= t.length).toBe(true);
      }
      expect(Array.isArray(needsReview(e))).toBe(true);
      expect(typeof maskComplaintText(t, { callerName: caller ?? undefined }).text).toBe('string');
    }), { numRuns: 400 });
  });

  it('treats non-strings as empty text', () => {
    for (const bad of [null, undefined, 42, {}]) {
      expect(extractComplaint(bad as unknown as string, { dictionary }).kind).toBe('other');
    }
  });
});
