import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cellText } from '../../src/ingest/normalize-header.js';
import { normalizePhone } from '../../src/normalize/normalize-phone.js';
import { normalizeUscc } from '../../src/normalize/normalize-uscc.js';
import { parseAmount, type AmountUnit } from '../../src/normalize/parse-amount.js';
import { amountFenShortcut, mobileShortcut, usccShortcut } from '../../src/validate/cell-shortcuts.js';
import { amountFen, cellRule, date, enterpriseName, isBlank, oneOf, PLACEHOLDER_TEXTS, phone, REFUSED, text, uscc, yesNo } from '../../src/validate/field-rules.js';
import { ARREARS_TYPES, DEBTOR_TYPES } from '../../schemas/survey-schema.js';

// Each cell rule and each shortcut is a claim about a zod rule or a normalizer; the claim is
// checked here against them on the kinds of cells sheets hold, plain and awkward.

const awkward = fc.constantFrom(
  ...PLACEHOLDER_TEXTS, ' 无 ', '无\u3000', '－', 'Ｎ／Ａ', '暂 无', '\u200b', '国企', '小型企业', '材料款', '民营', 'ＹＥＳ', '是', '否', ' 否 ', '√',
  '上海市闵行区教育局', '上海建工集团股份有限公司闵行分公司', '华为技术 (上海) 有限公司', '（上海）某某公司', 'ABC有限公司', '12345',
  '13812345678', '138 1234 5678', '+8613812345678', '021-64123456', '64123456', '４００８００１２３４', '91310112MA1GB0XY2K', '９１３１０１１２ＭＡ１ＧＢ０ＸＹ２Ｋ',
  '91310112ma1gb0xy2k', '9131011299UQ662QND', 'I1310112MA1GB0XY2K', '12.5', '1,234.56', '壹拾万元整', '-5', '1e3', '2024-04-01', '2024年4月', '45383',
  'constructor', 'toString', '__proto__',
);
const cell = fc.oneof(
  awkward,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,-ABCXY上海公司有限无 　（）()'), maxLength: 20 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 2_000_000_000 }),
  fc.double({ min: 0, max: 1e7 }).map((n) => Math.round(n * 10_000) / 10_000),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(-3e12), max: new Date(5e12), noInvalidDate: true }),
);

/** What the rule's zod schema says about a cell, in a cell rule's terms. */
function byZod(rule: z.ZodType, v: unknown): unknown {
  const r = rule.safeParse(v);
  return r.success ? r.data : REFUSED;
}

const rules: Record<string, () => z.ZodType> = {
  text, yesNo, uscc, phone, date,
  name: () => enterpriseName('名称为空'),
  debtorType: () => oneOf(DEBTOR_TYPES, { 国企: '国有企业', 机关单位: '机关' }, '类型'),
  arrearsType: () => oneOf(ARREARS_TYPES, { 材料款: '货款' }, '欠款类型', '其他'),
  owedWan: () => amountFen('万元', '欠款金额为空'),
  clearedYuan: () => amountFen(undefined),
};

describe('cell rules', () => {
  for (const [name, make] of Object.entries(rules)) {
    it(`${name}: the plain function gives what the zod rule gives, and REFUSED where it raises an issue`, () => {
      const fast = make();
      const slow = make();
      fc.assert(fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        // A sequence, so remembered values and shortcuts both get their turn.
        for (const v of cells) expect(cellRule(fast)!(v)).toEqual(byZod(slow, v));
      }), { numRuns: 300 });
    });
  }
});

describe('isBlank', () => {
  it('says what the plain definition says: NFKC, whitespace removed, then a placeholder', () => {
    const placeholders = new Set(PLACEHOLDER_TEXTS);
    fc.assert(fc.property(fc.oneof(cell, fc.string({ unit: 'grapheme', maxLength: 4 })), (v) => {
      if (v instanceof Date && Number.isNaN(v.getTime())) return;
      expect(isBlank(v)).toBe(placeholders.has(cellText(v).normalize('NFKC').replace(/\s+/g, '')));
    }), { numRuns: 5000 });
  });
});

describe('cell shortcuts', () => {
  it('amountFenShortcut: when it answers, parseAmount gives the same fen', () => {
    const units: AmountUnit[] = ['元', '万元', '亿元'];
    const amounts = fc.oneof(fc.double(), fc.integer(), fc.double({ min: 0, max: 1e9 }).map((n) => Math.round(n * 100) / 100), fc.double({ min: 0, max: 1e4 }).map((n) => Math.round(n * 1e6) / 1e6));
    let answered = 0;
    fc.assert(fc.property(amounts, fc.constantFrom(...units), (n, unit) => {
      const quick = amountFenShortcut(n, unit);
      if (quick === undefined) return;
      answered++;
      expect(parseAmount(n, { unit })).toEqual({ ok: true, value: quick });
    }), { numRuns: 20_000 });
    expect(answered).toBeGreaterThan(5_000);
  });

  it('mobileShortcut and usccShortcut: when they answer, the normalizer agrees', () => {
    const alphabet = [...'0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZa -'];
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789+- '), minLength: 10, maxLength: 13 }), (s) => {
      const quick = mobileShortcut(s);
      if (quick !== undefined) expect(normalizePhone(s)).toEqual({ ok: true, value: { phone: quick, kind: 'mobile' } });
    }), { numRuns: 20_000 });
    const code = fc.oneof(
      fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), minLength: 2, maxLength: 2 }), fc.string({ unit: fc.constantFrom(...'0123456789A'), minLength: 6, maxLength: 6 }), fc.string({ unit: fc.constantFrom(...alphabet), minLength: 9, maxLength: 11 })).map((p) => p.join('')),
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 17, maxLength: 19 }),
    );
    let answered = 0;
    fc.assert(fc.property(code, (s) => {
      const quick = usccShortcut(s);
      if (quick === undefined) return;
      answered++;
      expect(normalizeUscc(s)).toEqual({ ok: true, value: quick });
    }), { numRuns: 20_000 });
    expect(answered).toBeGreaterThan(100);
  });
});
