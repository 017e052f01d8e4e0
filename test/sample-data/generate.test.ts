import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../sample-data/generator/cli-args.js';
import { generateSample, type GenerateOptions, type GenerateResult } from '../../sample-data/generator/generate-sample.js';
import { COMPLAINT_CSV_HEADER } from '../../sample-data/generator/complaint-writers.js';
import { tempDir } from '../helpers/temp-dir.js';

async function run(dir: string, seed: number): Promise<{ dir: string; result: GenerateResult }> {
  const options = parseArgs(['--rows', '160', '--seed', String(seed), '--out', dir, '--period', '2026-04']);
  if ('error' in options) throw new Error(options.error);
  return { dir, result: await generateSample(options as GenerateOptions) };
}

type TruthLine = Record<string, string>;

function readTruth(text: string): TruthLine[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as TruthLine[];
}

/** Data rows as the files themselves show them, counted independently of the generator's bookkeeping. */
async function dataRows(dir: string, file: string): Promise<number[]> {
  if (file.endsWith('.csv')) {
    const records = parse(iconv.decode(await readFile(join(dir, file)), 'gbk'), { relax_quotes: false }) as string[][];
    return records.slice(1).map((_, i) => i + 1);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const rows: number[] = [];
  if (file.startsWith('surveys/')) {
    // A data row is one whose 序号 is a number; titles, headers, sections, 小计/合计 and notes are not.
    wb.getWorksheet('摸排台账')!.eachRow((row, r) => { if (typeof row.getCell(1).value === 'number') rows.push(r); });
  } else {
    // Registers: a title row, a header row, then one record per row.
    wb.worksheets[0]!.eachRow((row, r) => { if (r > 2 && row.getCell(1).value !== null) rows.push(r); });
  }
  return rows;
}

describe('sample-data generator', () => {
  const dirs = [tempDir('arrears-sample-'), tempDir('arrears-sample-')] as const;
  let first: { dir: string; result: GenerateResult };
  let second: { dir: string; result: GenerateResult };

  beforeAll(async () => {
    first = await run(dirs[0], 7);
    second = await run(dirs[1], 7);
  });

  it('writes 14 street workbooks, both complaint registers, the wage leads and the ground truth', async () => {
    const files = first.result.files.map((f) => f.file);
    expect(files.filter((f) => f.startsWith('surveys/') && f.endsWith('_拖欠中小企业账款摸排台账.xlsx'))).toHaveLength(14);
    expect(files).toContain('complaints/2026年4月_中小企业账款投诉登记.csv');
    expect(files).toContain('complaints/2026年4月_来信来访登记.xlsx');
    expect(files).toContain('wage-leads/2026年4月_欠薪线索.xlsx');
    expect(files).toContain('ground-truth.csv');
    for (const f of first.result.files) expect(f.bytes).toBeGreaterThan(0);
  });

  it('writes the complaints CSV in GBK with CRLF line ends', async () => {
    const bytes = await readFile(join(first.dir, 'complaints/2026年4月_中小企业账款投诉登记.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(bytes, 'gbk');
    expect(text.split('\r\n')[0]).toBe(COMPLAINT_CSV_HEADER.join(','));
  });

  it('has one ground-truth line per data row, at the row where it is', async () => {
    const truth = readTruth(await readFile(join(first.dir, 'ground-truth.csv'), 'utf8'));
    expect(truth).toHaveLength(160);
    const byFile = new Map<string, number[]>();
    for (const t of truth) byFile.set(t.file!, [...(byFile.get(t.file!) ?? []), Number(t.row_number)]);
    for (const f of first.result.files.filter((x) => x.file !== 'ground-truth.csv')) {
      expect(await dataRows(first.dir, f.file), f.file).toEqual(byFile.get(f.file) ?? []);
    }
  });

  it('gives identical ground truth for the same seed', async () => {
    const a = await readFile(join(first.dir, 'ground-truth.csv'), 'utf8');
    const b = await readFile(join(second.dir, 'ground-truth.csv'), 'utf8');
    expect(b).toBe(a);
  });
});
