import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type FileOutcome } from '../../src/ingest/ingest-files.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { quirkySurveySheet, writeCsv, writeWorkbook } from '../helpers/write-fixtures.js';

// Workbooks parsed on worker threads must land exactly as parsed in this thread: same outcomes in
// input order, one progress call per file, failures recorded while the others go on.

const dir = tempDir('arrears-parallel-');
let paths: string[];

beforeAll(async () => {
  const units = ['七宝镇', '莘庄镇', '梅陇镇', '虹桥镇'];
  const books = await Promise.all(units.map((u) => writeWorkbook(join(dir, `2026年4月_${u}_台账.xlsx`), (wb) => quirkySurveySheet(wb, `闵行区${u}人民政府`))));
  const corrupt = join(dir, 'corrupt.xlsx');
  writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 9)]));
  const missing = await writeWorkbook(join(dir, 'missing.xlsx'), (wb) => wb.addWorksheet('表').addRow(['序号', '欠款单位名称', '备注']));
  const again = join(dir, 'again.xlsx');
  copyFileSync(books[0]!, again);
  const json = join(dir, 'leads.json');
  writeFileSync(json, JSON.stringify([{ 用人单位名称: '上海某某建筑劳务有限公司', 欠薪人数: 12, 欠薪金额: 56000, 项目地址: '闵行区七宝镇漕宝路1000号' }]));
  const csv = writeCsv(join(dir, 'small.csv'), ['投诉编号,被投诉单位名称,诉求内容', 'TS-1,上海市闵行区教育局,拖欠货款'], 'utf-8');
  paths = [books[0]!, corrupt, books[1]!, missing, again, json, books[2]!, csv, books[3]!];
});

async function run(concurrency: number, parseThreadHeapMb?: number): Promise<{ outcomes: FileOutcome[]; calls: number[]; tables: unknown[] }> {
  const store = await openStore({ path: ':memory:' });
  try {
    const calls: number[] = [];
    const outcomes = await ingestFiles(store.conn, paths, { concurrency, workerMinBytes: 0, parseThreadHeapMb, onFile: (_, i) => calls.push(i) });
    const tables: unknown[] = [];
    for (const t of ['files', 'raw_rows', 'rejects', 'stg_survey', 'stg_wage_lead', 'stg_complaint']) {
      const except = t === 'files' ? ' EXCLUDE (ingested_at, path)' : '';
      tables.push(await queryRows(store.conn, `SELECT *${except} FROM ${t} ORDER BY ALL`));
    }
    return { outcomes, calls, tables };
  } finally {
    store.close();
  }
}

describe('ingesting on worker threads', () => {
  it('gives the same outcomes, in order, and the same rows as parsing in this thread', async () => {
    const [parallel, sequential] = [await run(2), await run(1)];
    expect(parallel.calls).toEqual(paths.map((_, i) => i));
    expect(parallel.outcomes).toEqual(sequential.outcomes);
    expect(parallel.tables).toEqual(sequential.tables);
    expect(parallel.outcomes.map((o) => o.status)).toEqual(['ok', 'failed', 'ok', 'failed', 'skipped', 'ok', 'ok', 'ok', 'ok']);
    expect(parallel.outcomes[3]).toMatchObject({ reason: expect.stringMatching(/缺少.*必需的列/) });
  });

  it('parses a file again in this thread when its parse thread runs out of memory', async () => {
    // A 4 MB heap cannot even load the parser: every thread stops, and each file is parsed here.
    const [starved, sequential] = [await run(2, 4), await run(1)];
    expect(starved.calls).toEqual(paths.map((_, i) => i));
    expect(starved.outcomes).toEqual(sequential.outcomes);
    expect(starved.tables).toEqual(sequential.tables);
  });
});
