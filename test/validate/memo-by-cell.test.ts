import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoByCell } from '../../src/validate/memo-by-cell.js';

describe('memoByCell', () => {
  it('answers what the function answers, whatever the mix of repeats and new values', () => {
    const cell = fc.oneof(fc.constantFrom('甲', '乙', 0, -0, 45296, true), fc.string({ maxLength: 3 }), fc.integer(), fc.date({ noInvalidDate: false }));
    const describeCell = (v: unknown) => (v instanceof Date ? `date:${v.getTime()}` : `${typeof v}:${String(v)}`);
    fc.assert(fc.property(fc.array(cell, { maxLength: 400 }), (cells) => {
      const remembered = memoByCell(describeCell);
      for (const v of cells) expect(remembered(v)).toBe(describeCell(v));
    }));
  });

  it('keys a Date by its time, apart from a number with the same value', () => {
    const kind = memoByCell((v) => (v instanceof Date ? 'date' : typeof v));
    expect([kind(45296), kind(new Date(45296)), kind(45296), kind(new Date(45296))]).toEqual(['number', 'date', 'number', 'date']);
  });

  it('stops remembering a column once a trial shows it rarely repeats, even after it repeated at first', () => {
    let calls = 0;
    const f = memoByCell((v) => {
      calls++;
      return v;
    });
    for (let i = 0; i < 8_192; i++) f('同一个值'); // a first trial of nothing but hits
    for (let i = 0; i < 8_192; i++) f(`值${i}`); // then a trial of nothing but misses
    calls = 0;
    for (let i = 0; i < 100; i++) f('同一个值');
    expect(calls).toBe(100); // no longer remembered
  });
});
