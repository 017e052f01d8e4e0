import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MASKING_POLICY_PATH, loadMaskingPolicy } from '../../src/export/load-masking-policy.js';
import { maskFreeText } from '../../src/export/mask-free-text.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
const policy = loadMaskingPolicy();
const mask = (s: string, names: string[] = []) => maskFreeText(s, policy.patterns, names);
const base = () => JSON.parse(readFileSync(DEFAULT_MASKING_POLICY_PATH(), 'utf8'));
function load(data: unknown): () => unknown {
  const path = join(dir, `p-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(data));
  return () => loadMaskingPolicy(path);
}

describe('the masking policy file', () => {
  it('loads the shipped policy with its name and version, every personal field covered', () => {
    expect(policy.title).toBe('区经委与区根治欠薪办信息共享个人信息脱敏规则（2026.1）');
    expect(policy.fields.get('wage_lead.reporter_id_number')).toMatchObject({ kind: 'id_number', owner: 'wage' });
    expect(policy.treatment('review', 'wage', 'econ')).toBe('omit');
    expect(policy.treatment('share', 'wage', 'econ')).toBe('mask');
  });

  it('refuses a policy that leaves a personal field out, names one it does not know, or shows the other office data in clear', () => {
    const p = base();
    expect(load({ ...p, fields: p.fields.slice(1) })).toThrow(/缺少个人信息字段 wage_lead\.reporter_name/);
    expect(load({ ...p, fields: [...p.fields, { field: 'wage_lead.bank_card', label: '卡号', kind: 'id_number', owner: 'wage' }] })).toThrow(/fields\.12\.field/);
    expect(load({ ...p, exports: { ...p.exports, share: { own: 'mask', other: 'clear' } } })).toThrow(/exports\.share\.other/);
    expect(load({ ...p, freeText: { ...p.freeText, patterns: [{ label: '名', mask: 'person_name', regex: '联系人(\\S{2})' }] } })).toThrow(/命名分组/);
    expect(() => loadMaskingPolicy(join(dir, 'missing.json'))).toThrow(/无法读取脱敏规则文件/);
  });
});

describe('free text masking', () => {
  it.each([
    ['身份证110101199003074514，电话13812345678', '身份证110101********4514，电话138****5678'],
    ['手机 +86 138-1234-5678 或 021-64123456', '手机 138****5678 或 021-****3456'],
    ['工资卡6222021234567890123', '工资卡***************0123'],
    ['联系人：王小明，反映人称其在工地', '联系人：王**，反映人称其在工地'],
    ['老身份证 310112750615002', '老身份证 310112*****5002'],
    ['全角１３８１２３４５６７８', '全角138****5678'],
  ])('%s', (input, expected) => expect(mask(input)).toBe(expected));

  it("masks the case's own names wherever the text repeats them, longest first", () => {
    expect(mask('欧阳娜娜和娜娜都来了，李四也来了', ['欧阳娜娜', '李四', '王'])).toBe('欧阳**和娜娜都来了，李*也来了');
  });

  it('leaves no 18-character ID number or 11-digit mobile in any text', () => {
    const text = fc.string({ unit: fc.constantFrom('0', '1', '3', '5', '8', '9', 'X', '-', ' ', '+', '工', '６'), maxLength: 60 });
    fc.assert(fc.property(text, (s) => !/\d{17}[\dXx]/.test(mask(s)) && !/1[3-9]\d{9}/.test(mask(s))), { numRuns: 2000 });
  });
});
