import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizePhone } from '../../src/normalize/normalize-phone.js';

describe('normalizePhone', () => {
  it.each<[unknown, string, 'mobile' | 'landline']>([
    ['13812345678', '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678', 'mobile'],
    ['138-1234-5678', '13812345678', 'mobile'],
    ['+86 138 1234 5678', '13812345678', 'mobile'],
    ['008613812345678', '13812345678', 'mobile'],
    ['8613812345678', '13812345678', 'mobile'],
    ['１３８１２３４５６７８', '13812345678', 'mobile'],
    [13812345678, '13812345678', 'mobile'],
    ['021-64123456', '021-64123456', 'landline'],
    ['(021)64123456', '021-64123456', 'landline'],
    ['（021）6412 3456', '021-64123456', 'landline'],
    ['02164123456', '021-64123456', 'landline'],
    ['+86 21 6412 3456', '021-64123456', 'landline'],
    ['010-62345678', '010-62345678', 'landline'],
    ['0571-8765432', '0571-8765432', 'landline'],
    ['64123456', '64123456', 'landline'],
    ['6412345', '6412345', 'landline'],
  ])('%s → %s', (input, phone, kind) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: { phone, kind } });
  });

  it.each<[unknown, RegExp]>([
    ['', /为空/],
    ['  ', /为空/],
    [null, /不是文本/],
    ['无', /非数字/],
    ['138123456', /无法识别/],
    ['12812345678', /无法识别/],
    ['021-64123456-801', /位数不对/],
    ['400-820-8820', /400\/800/],
    [2164123456, /丢失了区号开头的0/],
    [-5, /不是文本/],
  ])('%s fails', (input, reason) => {
    expect(normalizePhone(input)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('never throws, and is stable on its own output', () => {
    fc.assert(fc.property(fc.anything(), (x) => { normalizePhone(x); }));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[0-9 ()-]{7,16}$/)), (s) => {
      const first = normalizePhone(s);
      if (first.ok) expect(normalizePhone(first.value.phone)).toEqual(first);
    }));
  });
});
