import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatMoney } from '../../src/export/report-money.js';

describe('money for display, from integer fen', () => {
  it('writes 元 exactly and 万元 rounded half up', () => {
    expect(fenToYuanText(123456)).toBe('1234.56');
    expect(fenToYuanText(5)).toBe('0.05');
    expect(fenToYuanText(-5)).toBe('-0.05');
    expect(formatMoney(123456789, '元')).toBe('1,234,567.89');
    expect(formatMoney(123455000, '万元')).toBe('123.46');
    expect(formatMoney(123454999, '万元')).toBe('123.45');
    expect(formatMoney(-123455000, '万元')).toBe('-123.46');
    expect(formatMoney(0, '万元')).toBe('0.00');
  });

  it('refuses a non-integer: money is never a float', () => {
    expect(() => fenToYuanText(0.1 + 0.2)).toThrow(/整数/);
  });

  it('元 text reads back to the same fen, for any amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => Number(fenToYuanText(fen).replace('.', '')) === fen));
  });
});
