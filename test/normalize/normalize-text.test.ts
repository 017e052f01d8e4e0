import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeText, stripSpaces } from '../../src/normalize/normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['华为技术(上海)有限公司', '华为技术（上海）有限公司'],
    ['深圳市振业（集团）股份有限公司', '深圳市振业（集团）股份有限公司'],
    ['〔2024〕12号', '（2024）12号'],
    ['【上海】[闵行]', '（上海）（闵行）'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['  万科Ａ\u3000', '万科A'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('returns an empty string for non-strings', () => {
    expect(normalizeText(null as unknown as string)).toBe('');
    expect(normalizeText(42 as unknown as string)).toBe('');
  });

  it('never throws and is idempotent', () => {
    fc.assert(fc.property(fc.anything(), (x) => { normalizeText(x as string); stripSpaces(x as string); }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }));
  });
});

describe('stripSpaces', () => {
  it('removes ASCII, ideographic, no-break and zero-width spaces', () => {
    expect(stripSpaces(' 万 \u3000科\u00A0Ａ\u200B\t\n')).toBe('万科Ａ');
  });
});
