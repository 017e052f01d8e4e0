import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/export/report-build.js';
import type { Report } from '../../src/export/report-model.js';
import { writeReport } from '../../src/export/report-write.js';
import type { Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { buildReportStore, FORMULA_NAMES } from './report-fixture.js';

const dir = tempDir('arrears-report-formats-');
const out = (name: string) => join(dir, 'out', name);
let store: Store | null = null;
let report: Report;
let surveyFen = 0;
const closeStore = () => (store?.close(), (store = null));
afterAll(closeStore);

beforeAll(async () => {
  store = await buildReportStore(dir);
  report = await buildReport(store.conn, { period: '2026-04', now: new Date(Date.UTC(2026, 3, 30, 2)) });
  for (const f of ['xlsx', 'json', 'md', 'html'] as const) await writeReport(report, f, out(`r.${f}`));
  await writeReport(report, 'csv', out('csv'));
  const [s] = await queryRows<{ fen: bigint }>(store.conn, "SELECT sum(amount_owed_fen) AS fen FROM records_v WHERE period = '2026-04' AND source = 'survey'");
  surveyFen = Number(s!.fen);
});

const csvLines = (file: string) => readFileSync(join(out('csv'), file), 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');

describe('every format is written and reads back', () => {
  it('xlsx: a 说明 sheet then one sheet per table, Chinese headers frozen, 元 formatted, figures reconciled', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('r.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', ...report.tables.map((t) => t.title)]);
    const ws = wb.getWorksheet('按街镇汇总')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['街镇', '账款案件数', '台账记录数', '欠款金额（元）']);
    expect(ws.getColumn(4).numFmt).toBe('#,##0.00');
    const streets = report.tables.find((t) => t.id === 'by_street')!.rows.length;
    const total = ws.getRow(streets + 2);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.font?.bold).toBe(true);
    expect(Math.round(Number(total.getCell(4).value) * 100)).toBe(surveyFen);
    let sum = 0;
    for (let r = 2; r < streets + 2; r++) sum += Math.round(Number(ws.getRow(r).getCell(4).value) * 100);
    expect(sum).toBe(surveyFen);
  });

  it('csv: one file per table, UTF-8 with BOM, 元 exact to the fen', () => {
    expect(readdirSync(out('csv')).sort()).toEqual(['README.txt', ...report.tables.map((t, i) => `${String(i + 1).padStart(2, '0')}_${t.id}.csv`)].sort());
    const bytes = readFileSync(join(out('csv'), '02_by_street.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvLines('02_by_street.csv');
    expect(header!.split(',').slice(0, 4)).toEqual(['街镇', '账款案件数', '台账记录数', '欠款金额（元）']);
    const cents = (s: string) => Number(s.replace('.', ''));
    expect(rows.at(-1)!.startsWith('合计,')).toBe(true);
    expect(cents(rows.at(-1)!.split(',')[3]!)).toBe(surveyFen);
    expect(rows.slice(0, -1).reduce((a, l) => a + cents(l.split(',')[3]!), 0)).toBe(surveyFen);
  });

  it('json: amounts as integer fen that add up to the store', () => {
    const doc = JSON.parse(readFileSync(out('r.json'), 'utf8'));
    expect(doc).toMatchObject({ period: '2026-04', publicity: false, amountUnit: 'fen', generatedAt: '2026-04-30T10:00:00+08:00' });
    const street = doc.tables.find((t: { id: string }) => t.id === 'by_street');
    const fen = street.rows.map((r: { sme_owed_fen: number }) => r.sme_owed_fen);
    expect(fen.every(Number.isInteger)).toBe(true);
    expect(fen.reduce((a: number, b: number) => a + b, 0)).toBe(surveyFen);
    expect(street.columns[3]).toEqual({ key: 'sme_owed_fen', header: '欠款金额', type: 'fen' });
  });

  it('markdown: a heading and a pipe table with Chinese headers per table', () => {
    const md = readFileSync(out('r.md'), 'utf8');
    for (const t of report.tables) expect(md).toContain(`## ${t.title}`);
    expect(md).toContain('| 街镇 | 账款案件数 | 台账记录数 | 欠款金额（万元） |');
    expect(md).toContain('| 变化 | 审计关注 | 案件数 |');
  });

  it('html: an inline SVG per chart with Chinese labels, and nothing loaded from elsewhere', () => {
    const html = readFileSync(out('r.html'), 'utf8');
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(5);
    for (const label of ['各街镇拖欠中小企业账款（万元）', '按欠款单位类型（万元）', '与上一轮相比的变化（案件数）', '移送情况（件数，按状态和机制）']) {
      expect(svgs.some((s) => s.includes(label)), label).toBe(true);
    }
    expect(svgs[1]).toMatch(/>七宝镇</);
    expect(svgs.find((s) => s.includes('与上一轮'))).toMatch(/>未清偿即消失</);
    expect(html).toMatch(/font-family="Microsoft YaHei[^"]*sans-serif"/);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=|https?:\/\/(?!www\.w3\.org\/)/);
  });
});

describe('text that looks like a formula stays text', () => {
  it('csv and xlsx cells naming =… or +… debtors are neutralised with an apostrophe', async () => {
    const csv = csvLines('09_cross_agency.csv').join('\n');
    for (const name of FORMULA_NAMES) {
      expect(csv).toContain(`,'${name},`);
      expect(csv).not.toContain(`,${name},`);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('r.xlsx'));
    const names: unknown[] = [];
    wb.getWorksheet(report.tables.find((t) => t.id === 'cross_agency')!.title)!.getColumn(3).eachCell((c) => void names.push(c.value));
    for (const name of FORMULA_NAMES) expect(names).toContain(`'${name}`);
    expect(names.some((v) => typeof v === 'object' && v !== null)).toBe(false); // no formula cells
  });
});

describe('joint-publicity (宣传共推) edition', () => {
  let pub: Report;
  beforeAll(async () => {
    pub = await buildReport(store!.conn, { period: '2026-04', publicity: true });
    await writeReport(pub, 'json', out('pub.json'));
    await writeReport(pub, 'html', out('pub.html'));
    await writeReport(pub, 'csv', out('pub-csv'));
  });

  it('shows no count under 3: small cells read <3, their amounts —', () => {
    const shown: number[] = [];
    for (const t of pub.tables) for (const g of t.suppression!) for (const r of [...t.rows, ...(t.total ? [t.total] : [])]) {
      const v = r[g.count];
      if (typeof v === 'number') shown.push(v);
      if (v === '<3') for (const k of g.cells) if (k !== g.count) expect(r[k], `${t.id}.${k}`).toBe('—');
    }
    expect(shown.filter((n) => n > 0 && n < 3)).toEqual([]);
    const street = pub.tables.find((t) => t.id === 'by_street')!;
    expect(street.rows.some((r) => r.wage_cases === '<3')).toBe(true);
    // The 合计 is shown, so one small cell alone would be given away by subtraction: another is hidden with it.
    expect(street.rows.filter((r) => r.wage_cases === '<3' || r.wage_cases === '—').length).toBeGreaterThanOrEqual(2);
  });

  it('names no enterprise and no person, and leaves out the internal tables', async () => {
    expect(pub.tables.map((t) => t.id)).not.toContain('cross_agency');
    expect(pub.tables.map((t) => t.id)).not.toContain('overdue');
    const names = await queryRows<{ name: string }>(store!.conn, 'SELECT DISTINCT name FROM entities_v WHERE length(name) >= 5');
    const texts = [readFileSync(out('pub.json'), 'utf8'), readFileSync(out('pub.html'), 'utf8'),
      ...readdirSync(out('pub-csv')).map((f) => readFileSync(join(out('pub-csv'), f), 'utf8'))];
    const leaked = names.map((n) => n.name).filter((name) => texts.some((t) => t.includes(name)));
    expect(leaked).toEqual([]);
    for (const person of ['李四', '王五', '13812345678']) expect(texts.some((t) => t.includes(person))).toBe(false);
  });
});

describe('arrears report as a child process', () => {
  it('writes a report (exit 0) and refuses a period the data lacks (exit 2, listing the periods)', async () => {
    const db = store!.path;
    closeStore(); // the CLI opens the file itself; a copy lets both runs go at once
    copyFileSync(db, `${db}.copy`);
    const [ok, bad] = await Promise.all([
      runCli(['--db', db, '--json', 'report', '--period', '2026-04', '--format', 'md', '--out', out('cli.md')]),
      runCli(['--db', `${db}.copy`, 'report', '--period', '2030-01', '--format', 'csv', '--out', out('nope')]),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ period: '2026-04', format: 'md', files: [out('cli.md')] });
    expect(readFileSync(out('cli.md'), 'utf8')).toContain('## 按街镇汇总');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('数据中没有期次 2030-01。现有期次：2025-12、2026-04');
    expect(existsSync(out('nope'))).toBe(false);
  });
});
