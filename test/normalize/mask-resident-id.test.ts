import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maskResidentId } from '../../src/normalize/mask-resident-id.js';

describe('maskResidentId', () => {
  it.each<[unknown, string]>([
    ['310112199001011234', '310112********1234'],
    ['11010519491231002X', '110105********002X'],
    [' 3101 1219 9001 0112 34 ', '310112********1234'],
    ['310112900101123', '310112*****1123'],
    ['1234', '****'],
    ['31011219900101123', '*****************'],
    ['', ''],
    [null, ''],
    [{ id: '310112199001011234' }, ''],
  ])('%s → %s', (input, expected) => {
    expect(maskResidentId(input)).toBe(expected);
  });

  it('never throws and never shows the birth date', () => {
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof maskResidentId(x)).toBe('string'); }));
    fc.assert(fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
      expect(maskResidentId(id).slice(6, 14)).toBe('********');
    }));
  });
});
