import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../../src/export/cell-text.js';
import { exportReviewWorkbook } from '../../src/export/export-review-workbook.js';
import { exportShareRegistry, type ShareExportSummary } from '../../src/export/export-share-registry.js';
import { DEFAULT_MASKING_POLICY_PATH, loadMaskingPolicy } from '../../src/export/load-masking-policy.js';
import type { Store } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/temp-dir.js';
import { EVIL, openSeededStore, SEEDED } from './seeded-store.js';

/** One cell read back from an export: where it is, its column header, its text. */
interface Cell { readonly file: string; readonly where: string; readonly header: string; readonly text: string }

const dir = tempDir();
let store: Store;
const files: Record<string, Cell[]> = {};
let shares: Record<'econ' | 'wage', ShareExportSummary>;
const policy = loadMaskingPolicy();

async function readXlsx(path: string, headerRow: number): Promise<Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: Cell[] = [];
  for (const ws of wb.worksheets) {
    const headers = ws.getRow(headerRow).values as unknown[];
    ws.eachRow((row, r) => row.eachCell((c, k) => cells.push({ file: path, where: `${ws.name}!${c.address}`, header: r > headerRow ? cellText(headers[k]) : '', text: cellText(c.value) })));
    expect(ws.rowCount).toBeGreaterThan(0);
  }
  return cells;
}
function readCsv(path: string): Cell[] {
  const rows = parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
  return rows.flatMap((row, r) => row.map((text, k) => ({ file: path, where: `行${r + 1}列${k + 1}`, header: r > 0 ? rows[0]![k]! : '', text })));
}
const all = () => Object.values(files).flat();
const USCC = /统一社会信用代码/; // not personal data; an all-digit USCC looks like an ID number

beforeAll(async () => {
  store = await openSeededStore(dir, ':memory:');
  for (const agency of ['econ', 'wage'] as const) {
    const r = await exportReviewWorkbook(store.conn, { agency, out: join(dir, `review-${agency}.xlsx`), asOf: '2026-04-20', password: '清欠2026' });
    files[`review-${agency}`] = await readXlsx(r.file, 2);
  }
  const econShare = await exportShareRegistry(store.conn, { agency: 'econ', outDir: join(dir, 'share'), asOf: '2026-04-20' });
  const wageShare = await exportShareRegistry(store.conn, { agency: 'wage', outDir: join(dir, 'share'), asOf: '2026-04-20' });
  shares = { econ: econShare, wage: wageShare };
  for (const s of [econShare, wageShare]) {
    files[`share-${s.agency}-xlsx`] = await readXlsx(s.xlsx, 3);
    files[`share-${s.agency}-csv`] = readCsv(s.csv);
  }
});
afterAll(() => store?.close());

describe('masking audit over every export kind', () => {
  it('wrote all six exports with rows', () => {
    expect(Object.keys(files).sort()).toEqual(['review-econ', 'review-wage', 'share-econ-csv', 'share-econ-xlsx', 'share-wage-csv', 'share-wage-xlsx']);
    expect(shares.econ.rows).toBeGreaterThan(50);
    expect(shares.wage.rows).toBeGreaterThan(50);
  });

  it('no seeded ID number, phone, bank card or full name appears in clear in any cell', () => {
    const secrets = [...SEEDED.ids, ...SEEDED.phones, SEEDED.bankCard, ...SEEDED.names];
    const leaks = all().filter((c) => secrets.some((s) => c.text.replace(/[\s-]/g, '').includes(s)));
    expect(leaks).toEqual([]);
  });

  it('no 18-character ID number or 11-digit mobile appears anywhere but the (non-personal) USCC columns', () => {
    const leaks = all().filter((c) => !USCC.test(c.header) && (/\d{17}[\dXx]/.test(c.text) || /1[3-9]\d{9}/.test(c.text)));
    expect(leaks).toEqual([]);
  });

  it("the econ workbook carries none of the wage office's personal data, the wage workbook shows its own masked", () => {
    const text = (k: string) => files[k]!.map((c) => c.text).join('\n');
    for (const masked of ['110101********4514', '138****5678', '张**（反映人）', '李**（班组长）']) {
      expect(text('review-econ')).not.toContain(masked);
      expect(text('review-wage')).toContain(masked);
      expect(text('share-econ-xlsx')).toContain(masked); // shared with the other office: masked, not omitted
    }
    expect(text('review-wage')).toContain('欧阳**（反映人）');
    expect(text('review-wage')).toContain('***************0123'); // the bank card in free text
    expect(text('review-econ')).toContain('联系人赵*(身份证320102********1238,手机137****1111)'); // its own complaint (stored NFKC), masked
  });

  it('each export names the policy it applied (name and version)', () => {
    for (const k of ['review-econ', 'review-wage', 'share-econ-xlsx', 'share-wage-xlsx']) {
      expect(files[k]!.some((c) => c.text.includes(policy.title))).toBe(true);
    }
    for (const k of ['share-econ-csv', 'share-wage-csv']) {
      const cells = files[k]!.filter((c) => c.header === '脱敏规则');
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((c) => c.text === policy.title)).toBe(true);
    }
  });

  it('formulas in names and notes come out as text in every file', () => {
    const starts = all().filter((c) => /^[=+\-@\t\r]/.test(c.text));
    expect(starts).toEqual([]);
    const evil = `'${EVIL.replace('(', '（').replace(/\)(?=上海)/, '）')}`;
    for (const k of Object.keys(files)) expect(files[k]!.some((c) => c.text === evil || c.text.startsWith(evil)), k).toBe(true);
    expect(files['review-econ']!.some((c) => c.header === '情况摘要' && c.text.startsWith("'+cmd|/c calc"))).toBe(true);
    expect(files['share-wage-csv']!.some((c) => c.header === '情况摘要' && c.text.startsWith("'+cmd|/c calc"))).toBe(true);
  });

  it('the policy is data: an own-office `clear` shows the wage office its own leads in clear, never the other', async () => {
    const path = join(dir, 'policy-clear.json');
    const data = JSON.parse(readFileSync(DEFAULT_MASKING_POLICY_PATH(), 'utf8'));
    writeFileSync(path, JSON.stringify({ ...data, version: '2026.1-clear', exports: { ...data.exports, review: { own: 'clear', other: 'omit' } } }));
    const clear = loadMaskingPolicy(path);
    const wage = await exportReviewWorkbook(store.conn, { agency: 'wage', out: join(dir, 'clear-wage.xlsx'), asOf: '2026-04-20', policy: clear });
    const econ = await exportReviewWorkbook(store.conn, { agency: 'econ', out: join(dir, 'clear-econ.xlsx'), asOf: '2026-04-20', policy: clear });
    const wageText = (await readXlsx(wage.file, 2)).map((c) => c.text).join('\n');
    const econText = (await readXlsx(econ.file, 2)).map((c) => c.text).join('\n');
    expect(wageText).toContain('110101199003074514');
    expect(wageText).toContain('2026.1-clear');
    expect(econText).not.toContain('110101199003074514');
    expect(econText).not.toContain('110101********4514');
    expect(econText).toContain('13700001111'); // the econ office's own complaint contact, in clear by this policy
  });
});
