import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maskPersonName } from '../../src/normalize/mask-person-name.js';

describe('maskPersonName', () => {
  it.each<[unknown, string]>([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧阳**'],
    ['司马光', '司马*'],
    ['欧阳', '欧*'],
    ['张', '张'],
    [' 李 四 ', '李 *'],
    ['买买提·艾力', '买**·**'],
    ['', ''],
    [null, ''],
    [12, ''],
  ])('%s → %s', (input, expected) => {
    expect(maskPersonName(input)).toBe(expected);
  });

  it('never throws and keeps the length', () => {
    fc.assert(fc.property(fc.anything(), (x) => { expect(typeof maskPersonName(x)).toBe('string'); }));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'张王李欧阳司马娜') , minLength: 2 }), (s) => {
      expect([...maskPersonName(s)]).toHaveLength([...s].length);
    }));
  });
});
