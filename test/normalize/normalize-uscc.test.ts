import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { normalizeUscc, usccCheckChar } from '../../src/normalize/normalize-uscc.js';

function readTsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l !== '');
  const columns = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));
}

describe('normalizeUscc', () => {
  it('accepts all 218 valid reference codes with a good checksum', () => {
    const rows = readTsv('uscc_valid.tsv');
    expect(rows).toHaveLength(218);
    for (const row of rows) {
      const result = normalizeUscc(row.uscc);
      expect(result, row.uscc).toMatchObject({ ok: true, value: { code: row.uscc, checksumOk: true } });
    }
  });

  it('computes the reference check characters', () => {
    for (const row of readTsv('uscc_checkchar_vectors.tsv')) {
      expect(usccCheckChar(row.first17!)).toBe(row.expected_check_char);
    }
  });

  it('rejects each invalid reference code for the right kind of reason, or flags its checksum', () => {
    for (const { input, expected_reason: why } of readTsv('uscc_invalid.tsv')) {
      const result = normalizeUscc(input);
      if (why!.startsWith('InvalidLength')) {
        expect(result.ok ? null : result.reason, input).toMatch(/长度应为18位/);
      } else if (why!.startsWith('InvalidFormat') && input !== 'A1110000600037341L') {
        expect(result.ok ? null : result.reason, input).toMatch(/非法字符/);
      } else {
        expect(result, input).toMatchObject({ ok: true, value: { checksumOk: false } });
      }
    }
  });

  it('accepts a letter in position 1', () => {
    // stdnum rejects A1110000600037341L as a format error (positions 1–8 digits). GB 32100's
    // registration-department table uses letters (e.g. Y), so we accept it; it is the valid
    // 91110000600037341L with the first character changed, so the checksum fails.
    expect(normalizeUscc('A1110000600037341L')).toEqual({
      ok: true,
      value: { code: 'A1110000600037341L', checksumOk: false, bodyType: '其他', regionCode: '110000' },
    });
  });

  it('cleans case, spaces, hyphens and full width', () => {
    expect(normalizeUscc(' 91110000-6000 3734 1l ')).toMatchObject({ ok: true, value: { code: '91110000600037341L', checksumOk: true } });
    expect(normalizeUscc('９１１１００００６０００３７３４１Ｌ')).toMatchObject({ ok: true, value: { checksumOk: true } });
  });

  it('reads body type and region', () => {
    expect(normalizeUscc('121200004013590816')).toMatchObject({ ok: true, value: { bodyType: '事业单位', regionCode: '120000' } });
    expect(normalizeUscc('92310115MA1LAG5R9M')).toMatchObject({ ok: true, value: { bodyType: '个体工商户', regionCode: '310115', checksumOk: true } });
  });

  it('explains bad input', () => {
    expect(normalizeUscc('')).toEqual({ ok: false, reason: '统一社会信用代码为空' });
    expect(normalizeUscc('12345')).toEqual({ ok: false, reason: '统一社会信用代码长度应为18位，实为5位' });
    expect(normalizeUscc('9111000060003IOZSV')).toMatchObject({ ok: false, reason: expect.stringContaining('I、O、Z、S、V') });
    expect(normalizeUscc('91AB0000600037341L')).toMatchObject({ ok: false, reason: expect.stringContaining('第3–8位') });
    expect(normalizeUscc(911101005)).toMatchObject({ ok: false });
    expect(usccCheckChar('short')).toBeNull();
    expect(usccCheckChar('9111000060003IOZS')).toBeNull();
  });

  it('never throws, and a good code stays good when normalized again', () => {
    fc.assert(fc.property(fc.anything(), (x) => { normalizeUscc(x); }));
    const first17 = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), minLength: 17, maxLength: 17 })
      .map((s) => s.slice(0, 2) + '310112' + s.slice(8));
    fc.assert(fc.property(first17, (f) => {
      const code = f + usccCheckChar(f);
      expect(normalizeUscc(code.toLowerCase())).toMatchObject({ ok: true, value: { code, checksumOk: true } });
    }));
  });
});
