import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { validateResidentId } from '../../src/normalize/validate-resident-id.js';

const rows = readFileSync(new URL('../fixtures/reference/id_numbers.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t'));

describe('validateResidentId', () => {
  it('agrees with every labelled reference number', () => {
    expect(rows).toHaveLength(25);
    for (const [id, label] of rows) {
      // Known limit: we keep no area-code table, so numbers whose only fault is an unknown or
      // not-yet/no-longer existing area code (invalid_location*) pass.
      const shouldPass = label === 'valid' || label === 'valid_after_uppercase' || label!.startsWith('invalid_location');
      expect(validateResidentId(id).ok, `${id} (${label})`).toBe(shouldPass);
    }
  });

  it('reads birth date, sex and region', () => {
    expect(validateResidentId('11010519491231002x')).toEqual({
      ok: true, value: { id: '11010519491231002X', birthDate: '1949-12-31', sex: '女', regionCode: '110105' },
    });
    expect(validateResidentId('４４０５２４１８８００１０１００１４')).toEqual({
      ok: true, value: { id: '440524188001010014', birthDate: '1880-01-01', sex: '男', regionCode: '440524' },
    });
  });

  it('gives a clerk-readable reason', () => {
    const reason = (x: unknown, today?: Date): string | null => {
      const r = validateResidentId(x, { today });
      return r.ok ? null : r.reason;
    };
    expect(reason('')).toBe('身份证号码为空');
    expect(reason('130701199310')).toBe('身份证号码长度应为18位，实为12位');
    expect(reason('310112900101123')).toMatch(/15位旧身份证/);
    expect(reason('T60426199101010078')).toMatch(/格式错误/);
    expect(reason('360426199113010079')).toMatch(/出生日期不存在：19911301/);
    expect(reason('36042619910230007X')).toMatch(/出生日期不存在：19910230/);
    expect(reason('36042618791231007X')).toMatch(/早于1880年/);
    expect(reason('36042619910102009X')).toBe('身份证号码校验位错误：末位应为3，实为X');
    expect(reason(360426199101010071)).toMatch(/按文本录入/);
    expect(reason(null)).toBe('身份证号码不是文本');
  });

  it('rejects birth dates after today', () => {
    // 2014-10-05 with a valid check digit: fine today, in the future as seen from 2014-10-04.
    expect(validateResidentId('44011320141005001X', { today: new Date(2014, 9, 5) }).ok).toBe(true);
    expect(validateResidentId('44011320141005001X', { today: new Date(2014, 9, 4) })).toMatchObject({
      ok: false, reason: expect.stringMatching(/晚于今天/),
    });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (x, o) => {
      validateResidentId(x);
      validateResidentId(x, o as never);
    }));
    expect(['360426199101010071', null].map(validateResidentId as (x: unknown, i: number) => unknown)).toHaveLength(2);
  });
});
