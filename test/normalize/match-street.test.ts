import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { matchStreet } from '../../src/normalize/match-street.js';
import { MINHANG_STREETS } from '../../src/normalize/data/minhang-streets.js';

const reference = readFileSync(new URL('../fixtures/reference/minhang_streets.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t'));

describe('matchStreet', () => {
  it('holds the same 14 codes and names as the reference file', () => {
    expect(MINHANG_STREETS.map((s) => [s.code, s.name])).toEqual(reference.map(([code, name]) => [code, name]));
  });

  it('finds every street by name, by code and by 12-digit code', () => {
    for (const { code, name } of MINHANG_STREETS) {
      expect(matchStreet(name)).toEqual({ ok: true, value: { code, name } });
      expect(matchStreet(code)).toEqual({ ok: true, value: { code, name } });
      expect(matchStreet(`${code}000`)).toEqual({ ok: true, value: { code, name } });
      expect(matchStreet(Number(code))).toEqual({ ok: true, value: { code, name } });
    }
  });

  it.each([
    ['七宝', '七宝镇'],
    ['莘庄', '莘庄镇'],
    ['莘庄工业区', '莘庄工业区'],
    ['莘庄工业园区', '莘庄工业区'],
    ['古美路街道', '古美街道'],
    ['古美', '古美街道'],
    ['古美路', '古美街道'],
    ['江川路', '江川路街道'],
    [' 七宝镇 ', '七宝镇'],
    ['上海市闵行区七宝镇漕宝路1000号', '七宝镇'],
    ['闵行区古美路街道平吉路', '古美街道'],
    ['上海市闵行区莘庄工业区春东路', '莘庄工业区'],
    ['闵行区莘庄镇莘建路', '莘庄镇'],
    ['上海闵行七宝老街', '七宝镇'],
    ['闵行区浦江镇江月路', '浦江镇'],
    ['上海市闵行区江川路街道办事处', '江川路街道'],
    // A full name anywhere beats a bare name that comes earlier.
    ['虹桥路100号（华漕镇）', '华漕镇'],
  ])('%s → %s', (input, name) => {
    expect(matchStreet(input)).toMatchObject({ ok: true, value: { name } });
  });

  it.each([
    ['', /为空/],
    [null, /不是文本/],
    ['310112999', /不是闵行区街镇代码/],
    // Roads named after a town are not the town (known ambiguity; see match-street.ts).
    ['闵行区虹桥路2000号', /未找到/],
    ['闵行区江川路100号', /未找到/],
    ['古美路1000号', /未找到/],
    ['七宝大道', /未找到/],
    ['黄浦江边', /未找到/],
    ['上海市长宁区虹桥街道', /不在闵行区/],
    ['北京市朝阳区', /未找到/],
  ])('%s fails', (input, reason) => {
    expect(matchStreet(input)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (x) => { matchStreet(x); }));
    fc.assert(fc.property(fc.string(), fc.constantFrom(...MINHANG_STREETS), fc.string(), (a, s, b) => {
      matchStreet(a + s.name + b);
    }));
  });
});
