import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseUpper } from '../../src/normalize/chinese-numeral.js';
import { formatFen, parseAmount, type ParseAmountOptions } from '../../src/normalize/parse-amount.js';

const MAX_FEN = 1e15;

describe('parseAmount', () => {
  it.each<[unknown, ParseAmountOptions, number]>([
    [1234.56, {}, 123456],
    [0, {}, 0],
    [12.5, { unit: '万元' }, 12500000],
    [12.34567, { unit: '万元' }, 12345670],
    [1.5, { unit: '亿元' }, 15000000000],
    [0.1 + 0.2, {}, 30], // formula noise (0.30000000000000004) is not a sub-fen amount
    [1234.5600000000002, {}, 123456],
    ['1,234.56', {}, 123456],
    ['１，２３４．５６', {}, 123456],
    ['1 234', {}, 123400],
    ['1\u00a0234.5', {}, 123450],
    ['  ¥1,234.56 元 ', {}, 123456],
    ['￥100', {}, 10000],
    ['RMB 100', {}, 10000],
    ['人民币100元整', {}, 10000],
    ['+5', {}, 500],
    ['.5', {}, 50],
    ['12.5万', {}, 12500000],
    ['12.5万元', {}, 12500000],
    ['12.5(万元)', {}, 12500000],
    ['12.5（万元）', {}, 12500000],
    ['1.2亿', {}, 12000000000],
    ['12.5', { unit: '万元' }, 12500000],
    ['12.5元', { unit: '万元' }, 1250], // the unit written in the value wins
    ['12.5万', { unit: '亿元' }, 12500000],
    ['壹拾贰万叁仟肆佰伍拾陆元柒角捌分', {}, 12345678],
    ['人民币壹万元整', {}, 1000000],
    ['壹万零伍元正', {}, 1000500],
    ['壹亿零壹万元', {}, 10001000000],
    ['壹元零伍分', {}, 105],
    ['伍角', {}, 50],
    ['柒角捌分', {}, 78],
    ['零元整', {}, 0],
    ['十二万三千元', {}, 12300000],
    ['十二万三千', {}, 12300000],
    ['两千五百元', {}, 250000],
    ['十二', { unit: '万元' }, 12000000], // a bare numeral is in the column's unit
    ['12万3456元', {}, 12345600],
    ['1亿2345万', {}, 12345000000],
  ])('reads %j %j as %d fen', (value, options, fen) => {
    expect(parseAmount(value, options)).toEqual({ ok: true, value: fen });
  });

  it.each<[unknown, string]>([
    [-5, '金额不能为负数：-5'],
    ['-5', '金额不能为负数：-5'],
    ['¥-1,000', '金额不能为负数：¥-1,000'],
    ['(1,234.00)', '金额不能为负数：(1,234.00)'],
    [null, '金额为空'],
    [undefined, '金额为空'],
    ...['', '  ', '—', '-', '/', '无', 'N/A', '暂无', '不详', '——'].map((v): [string, string] => [v, '金额为空']),
    ['1.234', '金额精确到分以下：1.234'],
    [1e-7, '金额精确到分以下：1e-7'],
    [NaN, '金额不是有效数字：NaN'],
    [Infinity, '金额不是有效数字：Infinity'],
    [1e21, '金额过大：1e+21'],
    [Number.MAX_VALUE, '金额过大：1.7976931348623157e+308'],
    ['10000000000000.01', '金额过大：10000000000000.01'],
    ['1.23457E+11', '金额是科学计数法，可能已丢失精度，请改为完整数字：1.23457E+11'],
    ['12 34', '无法识别的金额：12 34'],
    ['1,23', '无法识别的金额：1,23'],
    ['3千', '无法识别的金额：3千'],
    ['一万二', '无法识别的金额：一万二'], // 12000 or 10002? refused, not guessed
    ['一百二', '无法识别的金额：一百二'],
    ['12万34567元', '无法识别的金额：12万34567元'],
    ['abc', '无法识别的金额：abc'],
    [true, '无法识别的金额：true'],
    [{}, '无法识别的金额：（对象）'],
    [[1], '无法识别的金额：（数组）'],
    [new Date(0), '无法识别的金额：（日期）'],
  ])('rejects %j', (value, reason) => {
    expect(parseAmount(value)).toEqual({ ok: false, reason });
  });

  it('formats fen and writes cheque amounts', () => {
    expect(formatFen(123456)).toBe('1,234.56');
    expect(formatFen(5)).toBe('0.05');
    expect(parseAmount(123n)).toEqual({ ok: true, value: 12300 });
    expect(toChineseUpper(12345678)).toBe('壹拾贰万叁仟肆佰伍拾陆元柒角捌分');
    expect(toChineseUpper(1000500)).toBe('壹万零伍元整');
  });
});

describe('parseAmount properties', () => {
  const fen = fc.integer({ min: 0, max: 1e14 });

  it('never throws and only returns safe non-negative integers', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, options) => {
        const result = parseAmount(value, options as ParseAmountOptions);
        if (result.ok) expect(Number.isSafeInteger(result.value) && result.value >= 0).toBe(true);
        else expect(result.reason).toMatch(/^[\u4e00-\u9fff]/u);
      }),
    );
  });

  it('never throws on strings made of the characters amounts use', () => {
    const chars = [...'0123456789.,， ¥元万亿角分整零壹贰叁拾佰仟一二十百千两()-（）'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 16 }), (parts) => {
        const result = parseAmount(parts.join(''));
        if (result.ok) expect(Number.isSafeInteger(result.value) && result.value <= MAX_FEN).toBe(true);
      }),
    );
  });

  it('reads formatFen back', () => {
    fc.assert(
      fc.property(fen, (f) => {
        expect(parseAmount(formatFen(f))).toEqual({ ok: true, value: f });
      }),
    );
  });

  it('reads the same amount written in 万元, as text and as a number', () => {
    fc.assert(
      fc.property(fen, (f) => {
        const digits = String(f).padStart(7, '0');
        const wan = `${digits.slice(0, -6)}.${digits.slice(-6)}`;
        expect(parseAmount(wan, { unit: '万元' })).toEqual({ ok: true, value: f });
        expect(parseAmount(`${wan}万元`)).toEqual({ ok: true, value: f });
        expect(parseAmount(f / 1e6, { unit: '万元' })).toEqual({ ok: true, value: f });
        expect(parseAmount(f / 100)).toEqual({ ok: true, value: f });
      }),
    );
  });

  it('reads toChineseUpper back, in upper and in lower case', () => {
    const lower: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };
    fc.assert(
      fc.property(fc.oneof(fen, fc.integer({ min: 0, max: MAX_FEN }), fc.integer({ min: 0, max: 1e6 })), (f) => {
        const upper = toChineseUpper(f);
        expect(parseAmount(upper)).toEqual({ ok: true, value: f });
        expect(parseAmount(upper.replace(/./gu, (c) => lower[c] ?? c))).toEqual({ ok: true, value: f });
      }),
    );
  });

  it('reads the mixed form 12万3456元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 9999 }), (wan, rest) => {
        expect(parseAmount(`${wan}万${rest}元`)).toEqual({ ok: true, value: (wan * 10000 + rest) * 100 });
      }),
    );
  });

  it('rejects every negative amount as negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e14 }), (f) => {
        expect(parseAmount(-f / 100)).toEqual({ ok: false, reason: `金额不能为负数：${-f / 100}` });
        expect(parseAmount(`-${formatFen(f)}`)).toMatchObject({ ok: false, reason: expect.stringMatching(/^金额不能为负数/u) });
      }),
    );
  });
});
