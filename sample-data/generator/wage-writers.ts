import ExcelJS from 'exceljs';
import { utcDate } from './dates.js';
import type { TruthWriter } from './ground-truth.js';
import type { Random } from './random.js';
import { drained, HEADER_STYLE, TITLE_STYLE, setRow } from './sheet-writing.js';
import type { MatterContext } from './sme-matters.js';
import { csvLine, TextSink } from './text-sink.js';
import { newWageLead, WAGE_HEADERS, type WagePools, type WageValue } from './wage-records.js';

export type WageFormat = 'xlsx' | 'csv' | 'json';

export interface WageTarget {
  readonly path: string;
  readonly file: string;
  readonly rows: number;
  readonly format: WageFormat;
}

/** Writes the wage-lead register in the chosen format; csv and json stream, so they scale. */
export async function writeWageLeads(t: WageTarget, rng: Random, ctx: MatterContext, pools: WagePools, truth: TruthWriter): Promise<void> {
  if (t.format === 'xlsx') return writeXlsx(t, rng, ctx, pools, truth);
  // csv: UTF-8 with a BOM (what Excel's "CSV UTF-8" writes); json: an array of objects with the same Chinese keys.
  const sink = TextSink.open(t.path, t.format === 'csv' ? 'utf8-bom' : 'utf8');
  await sink.write(t.format === 'csv' ? csvLine(WAGE_HEADERS, '\r\n') : '[\n');
  for (let i = 1; i <= t.rows; i++) {
    const lead = newWageLead(rng, ctx, pools, 'text');
    const values = WAGE_HEADERS.map((h) => lead.values[h]);
    if (t.format === 'csv') await sink.write(csvLine(values.map(plain), '\r\n'));
    else await sink.write(`${i > 1 ? ',\n' : ''}  ${JSON.stringify(Object.fromEntries(WAGE_HEADERS.map((h, k) => [h, plain(values[k]!)])))}`);
    await truth.add(t.file, '', i, lead.truth);
  }
  if (t.format === 'json') await sink.write('\n]\n');
  await sink.close();
}

async function writeXlsx(t: WageTarget, rng: Random, ctx: MatterContext, pools: WagePools, truth: TruthWriter): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: t.path, useStyles: true, useSharedStrings: false });
  wb.created = utcDate({ y: ctx.period.year, m: ctx.period.month, d: 28 });
  wb.modified = wb.created;
  const ws = wb.addWorksheet('欠薪线索', { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
  ws.columns = WAGE_HEADERS.map((h) => ({ width: /名称|单位|地址/.test(h) ? 30 : h === '问题摘要' ? 60 : 14 }));
  setRow(ws, 1, [`闵行区欠薪线索登记台账（${ctx.period.year}年${ctx.period.month}月）`], TITLE_STYLE);
  ws.mergeCells(1, 1, 1, WAGE_HEADERS.length);
  setRow(ws, 2, [...WAGE_HEADERS], HEADER_STYLE).commit();
  for (let i = 0; i < t.rows; i++) {
    const r = i + 3;
    const lead = newWageLead(rng, ctx, pools, 'date');
    setRow(ws, r, WAGE_HEADERS.map((h) => lead.values[h]), undefined, 'yyyy-mm-dd').commit();
    await truth.add(t.file, '欠薪线索', r, lead.truth);
    if (r % 256 === 0) await drained(ws);
  }
  ws.commit();
  await wb.commit();
}

function plain(v: WageValue): string | number | null {
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}
