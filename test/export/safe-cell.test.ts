import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, safeCell } from '../../src/export/safe-cell.js';

describe('formula neutralising', () => {
  it.each(['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","点我")'])('%s is shown as text', (s) => {
    expect(safeCell(s)).toBe(`'${s}`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(safeCell('上海建工集团股份有限公司')).toBe('上海建工集团股份有限公司');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBe(null);
  });

  it('no neutralised string starts a formula, for any input', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/.test(String(safeCell(s)))));
  });

  it('quotes CSV fields with commas, quotes and line breaks', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(12345678901234567890n)).toBe('12345678901234567890');
    expect(csvField(null)).toBe('');
  });
});
