import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maskPhone } from '../../src/normalize/mask-phone.js';

describe('maskPhone', () => {
  it.each<[unknown, string]>([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    [13812345678, '138****5678'],
    ['021-64123456', '021-****3456'],
    ['0571-8765432', '0571-***5432'],
    ['64123456', '****3456'],
    ['不详 138', '******'],
    ['', ''],
    [null, ''],
    [{}, ''],
  ])('%s → %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('never throws and never shows more than 7 digits of an 11-digit mobile', () => {
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof maskPhone(x)).toBe('string'); }));
    fc.assert(fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (m) => {
      expect(maskPhone(m).replace(/\D/g, '')).toHaveLength(7);
    }));
  });
});
